using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Cli.Commands.Dicom;

/// <summary>
/// Opens DICOM files for the <c>dicom</c> subcommands. Every failure is a <see cref="HarnessError"/>
/// that starts with the file, then the reader's reason (which names the tag and byte offset).
/// </summary>
public static class DicomInput
{
    public const string NotDicom = "not a DICOM file (no DICM prefix or data set header)";

    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };

    /// <summary>Every file under <paramref name="folder"/>, recursively, in ordinal path order.</summary>
    public static IEnumerable<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", Recursive).Order(StringComparer.Ordinal);

    public static DicomFile Open(string path, DicomReadOptions options)
    {
        RequireFile(path);
        try
        {
            if (!DicomSniffer.LooksLikeDicom(path)) throw new HarnessError($"{path}: {NotDicom}");
            return DicomFile.Open(path, options);
        }
        catch (Exception error) when (Reason(error) is { } reason)
        {
            throw new HarnessError($"{path}: {reason}", error);
        }
    }

    /// <summary>Fails with "no such file" or "is a directory" unless <paramref name="path"/> is a file.</summary>
    public static void RequireFile(string path)
    {
        if (Directory.Exists(path)) throw new HarnessError($"{path}: is a directory (harness dicom scan reads folders)");
        if (!File.Exists(path)) throw new HarnessError($"{path}: no such file or directory");
    }

    /// <summary>The one-line reason for a read failure, or null for an exception that is a harness bug.</summary>
    public static string? Reason(Exception error) => error switch
    {
        DicomFormatException or DicomDataException => error.Message,
        UnauthorizedAccessException => "permission denied",
        IOException => error.Message,
        _ => null,
    };
}
