using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Oracles;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>
/// <c>--with-dciodvfy</c>: dciodvfy run on each file (as many at once as there are cores), its findings appended to the
/// file's, labelled <c>[dciodvfy]</c> and citing no requirement; they count in the verdict like ours. Without dciodvfy
/// on PATH the option cannot be honoured: a harness error (exit 2), not a finding per file.
/// </summary>
public static class DciodvfySource
{
    public static DicomValidationResult Add(DicomValidationResult result)
    {
        if (!Dciodvfy.IsInstalled)
            throw new HarnessError("dicom validate: --with-dciodvfy: dciodvfy is not installed (apt-get install dicom3tools)");
        var oracle = new IReadOnlyList<DicomFinding>[result.Files.Count];
        Parallel.ForEachAsync(Enumerable.Range(0, result.Files.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, cancellation) => oracle[i] = await Dciodvfy.RunAsync(result.Files[i].File, cancellationToken: cancellation)).GetAwaiter().GetResult();
        return result with { Files = [.. result.Files.Select((file, i) => file with { Findings = [.. file.Findings, .. oracle[i]] })] };
    }
}
