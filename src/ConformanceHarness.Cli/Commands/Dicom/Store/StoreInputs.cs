using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;

namespace ConformanceHarness.Cli.Commands.Dicom.Store;

/// <summary>
/// What <c>harness dicom store</c> sends: the Part 10 files named or found under the folders (recursively, in ordinal
/// order), each with its SOP class and transfer syntax from the File Meta Information. Other files are noted on stderr and
/// skipped; a path that does not exist, or nothing sendable at all, is a <see cref="HarnessError"/>.
/// </summary>
public sealed class StoreInputs
{
    /// <summary>PS3.8 §9.3.2.2: presentation context IDs are the odd numbers 1 to 255.</summary>
    public const int MaximumPresentationContexts = 128;

    private StoreInputs(IReadOnlyList<StoreFile> files, int skipped)
    {
        Files = files;
        Skipped = skipped;
    }

    public IReadOnlyList<StoreFile> Files { get; }

    public int Skipped { get; }

    public static StoreInputs Collect(IReadOnlyList<string> paths, TextWriter stderr)
    {
        foreach (var path in paths)
            if (!File.Exists(path) && !Directory.Exists(path)) throw new HarnessError($"{path}: no such file or directory");
        var files = new List<StoreFile>();
        var skipped = 0;
        foreach (var file in paths.SelectMany(path => Directory.Exists(path) ? DicomInput.FilesUnder(path) : [path]))
        {
            if (Read(file, out var reason) is { } header) files.Add(header);
            else
            {
                skipped++;
                stderr.WriteLine($"harness: note: {file}: {reason}, skipped");
            }
        }
        if (files.Count == 0) throw new HarnessError($"nothing to send: no DICOM Part 10 file in {string.Join(", ", paths)}");
        return new StoreInputs(files, skipped);
    }

    /// <summary>One context per SOP class and transfer syntax present: the files' own syntax first (sent as they are),
    /// then the uncompressed ones (what the data set can be transcoded to if the peer refuses it).</summary>
    public IReadOnlyList<PresentationContextProposal> Proposals()
    {
        var proposals = Files.Select(file => (file.SopClassUid, file.TransferSyntax)).Distinct()
            .Select(pair => new PresentationContextProposal(pair.SopClassUid,
                [.. new[] { pair.TransferSyntax }.Concat(PresentationContextProposal.Uncompressed).Distinct()]))
            .ToList();
        if (proposals.Count > MaximumPresentationContexts)
            throw new HarnessError($"the files need {proposals.Count} presentation contexts (SOP class and transfer syntax pairs); " +
                $"one association carries at most {MaximumPresentationContexts}: send them in smaller groups");
        return proposals;
    }

    private static StoreFile? Read(string path, out string reason)
    {
        reason = "";
        try
        {
            var instance = DicomInstance.Load(path);
            return new StoreFile(path, instance.SopClassUid, instance.TransferSyntax);
        }
        catch (Exception error) when (error is DicomFormatException or DicomDataException or IOException or UnauthorizedAccessException)
        {
            reason = DicomInput.Reason(error)!.Replace(path + ": ", "", StringComparison.Ordinal);
            return null;
        }
    }
}

/// <summary>A file to send: where it is, and what the File Meta Information says it holds.</summary>
public sealed record StoreFile(string Path, string SopClassUid, TransferSyntax TransferSyntax);
