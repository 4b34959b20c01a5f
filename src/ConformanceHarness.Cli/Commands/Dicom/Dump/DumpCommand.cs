using System.CommandLine;
using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Cli.Commands.Dicom.Dump;

/// <summary>
/// <c>harness dicom dump</c>: reads each file whole and prints it with <see cref="DumpWriter"/>. A file that
/// is missing, unreadable or truncated gets one <c>harness: error: &lt;file&gt;: …</c> line and the others are
/// still dumped; the exit code is then 2.
/// </summary>
public sealed class DumpCommand(IReadOnlyList<string> paths, int? maxValueLength, InvocationConfiguration io)
{
    public int Execute()
    {
        var writer = new DumpWriter(io.Output, new DumpValueFormatter(maxValueLength));
        var failures = 0;
        for (var index = 0; index < paths.Count; index++)
        {
            try
            {
                var file = DicomInput.Open(paths[index], DicomReadOptions.Default);
                if (index > 0) io.Output.WriteLine();
                writer.Write(paths[index], file);
            }
            catch (Exception error) when (error is HarnessError || DicomInput.Reason(error) is not null)
            {
                failures++;
                HarnessError.Report(io.Error, error is HarnessError ? error.Message : $"{paths[index]}: {DicomInput.Reason(error)}");
            }
        }
        io.Output.Flush();
        return failures == 0 ? ExitCodes.Success : ExitCodes.HarnessError;
    }
}
