using System.CommandLine;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Json;

namespace ConformanceHarness.Cli.Commands.Dicom.Json;

/// <summary>
/// <c>harness dicom json</c>: reads the file whole and writes its data set with <see cref="DicomJsonWriter"/>
/// (file meta and group lengths left out; encapsulated Pixel Data, which has no inline form, omitted).
/// A missing, unreadable or truncated file is one <c>harness: error:</c> line and exit code 2, with nothing on stdout.
/// </summary>
public sealed class JsonCommand(string path, bool indented, InvocationConfiguration io)
{
    public int Execute()
    {
        var options = new DicomJsonOptions { WriteIndented = indented };
        string json;
        try
        {
            json = DicomJsonWriter.Serialize(DicomInput.Open(path, DicomReadOptions.Default).Dataset, options);
        }
        catch (Exception error) when (error is not HarnessError && DicomInput.Reason(error) is { } reason)
        {
            throw new HarnessError($"{path}: {reason}", error);
        }
        io.Output.WriteLine(json);
        io.Output.Flush();
        return ExitCodes.Success;
    }
}
