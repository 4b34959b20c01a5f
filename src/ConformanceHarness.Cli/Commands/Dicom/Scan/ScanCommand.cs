using System.CommandLine;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Cli.Commands.Dicom.Scan;

/// <summary>
/// <c>harness dicom scan</c>: walks the folders (recursively, in ordinal path order) and reads every DICOM
/// file header-only (up to Pixel Data), printing one <see cref="ScanRow"/> per instance and a summary.
/// Each file is opened once (sniffed, rewound, read); values are only taken while it is open.
/// Other files are skipped with a note; a file that cannot be read gets a <c>harness: error:</c> line and the
/// scan goes on. The exit code is 2 when any file failed or any path is missing.
/// </summary>
public sealed class ScanCommand(IReadOnlyList<string> paths, InvocationConfiguration io)
{
    public int Execute()
    {
        var tally = new ScanTally();
        var missing = 0;
        io.Output.WriteLine(ScanRow.Header);
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) ScanFolder(path, tally);
            else if (File.Exists(path)) ScanFile(path, tally);
            else
            {
                missing++;
                HarnessError.Report(io.Error, $"{path}: no such file or directory");
            }
        }
        io.Output.WriteLine(tally.Summary());
        io.Output.Flush();
        return tally.Failed + missing == 0 ? ExitCodes.Success : ExitCodes.HarnessError;
    }

    private void ScanFolder(string folder, ScanTally tally)
    {
        foreach (var file in DicomInput.FilesUnder(folder)) ScanFile(file, tally);
    }

    private void ScanFile(string path, ScanTally tally)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
            if (!DicomSniffer.LooksLikeDicom(stream))
            {
                tally.AddNotDicom();
                io.Error.WriteLine($"harness: note: {path}: {DicomInput.NotDicom}, skipped");
                return;
            }
            stream.Position = 0;
            var row = ScanRow.From(path, DicomFile.Read(stream, DicomReadOptions.HeaderOnly));
            tally.AddInstance(row);
            io.Output.WriteLine(row.ToLine());
        }
        catch (Exception error) when (DicomInput.Reason(error) is { } reason)
        {
            tally.AddFailure();
            HarnessError.Report(io.Error, $"{path}: {reason}");
        }
    }
}
