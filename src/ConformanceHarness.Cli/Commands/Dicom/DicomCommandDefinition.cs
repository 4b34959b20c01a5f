using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Dump;
using ConformanceHarness.Cli.Commands.Dicom.Json;
using ConformanceHarness.Cli.Commands.Dicom.Scan;

namespace ConformanceHarness.Cli.Commands.Dicom;

/// <summary><c>harness dicom</c>: look inside DICOM files with the harness's own codec (dump, json, scan).</summary>
public static class DicomCommandDefinition
{
    public static Command Create() =>
        new("dicom", "Inspect DICOM files with the harness's own codec")
        {
            DumpCommandDefinition.Create(),
            JsonCommandDefinition.Create(),
            ScanCommandDefinition.Create(),
        };
}
