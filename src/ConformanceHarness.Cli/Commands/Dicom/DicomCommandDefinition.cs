using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Dump;
using ConformanceHarness.Cli.Commands.Dicom.Echo;
using ConformanceHarness.Cli.Commands.Dicom.Find;
using ConformanceHarness.Cli.Commands.Dicom.Get;
using ConformanceHarness.Cli.Commands.Dicom.Json;
using ConformanceHarness.Cli.Commands.Dicom.Listen;
using ConformanceHarness.Cli.Commands.Dicom.Move;
using ConformanceHarness.Cli.Commands.Dicom.Scan;
using ConformanceHarness.Cli.Commands.Dicom.Store;

namespace ConformanceHarness.Cli.Commands.Dicom;

/// <summary>
/// <c>harness dicom</c>: look inside DICOM files with the harness's own codec (dump, json, scan) and talk DICOM to a peer
/// with the harness's own network stack (echo, store, find, move, get as SCU; listen as a storage SCP).
/// </summary>
public static class DicomCommandDefinition
{
    public static Command Create() =>
        new("dicom", "Inspect DICOM files and exchange them with DICOM peers, with the harness's own codec and network stack")
        {
            DumpCommandDefinition.Create(),
            JsonCommandDefinition.Create(),
            ScanCommandDefinition.Create(),
            EchoCommandDefinition.Create(),
            StoreCommandDefinition.Create(),
            FindCommandDefinition.Create(),
            MoveCommandDefinition.Create(),
            GetCommandDefinition.Create(),
            ListenCommandDefinition.Create(),
            Validate.DicomValidateCommandDefinition.Create(),
        };
}
