using System.Diagnostics;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;
using ConformanceHarness.Dicom.Tests.IO.Fuzzing;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>
/// A bounded, seeded mutation loop over the public corpus: 2,000 damaged copies (bit flips, inserted and
/// deleted bytes, hostile length fields, truncation), read whole, header-only and with every value lazy.
/// Each read must end within its budget in a data set or a <see cref="DicomFormatException"/>; any other
/// exception is a finding, reported with the file, mutation and seed that reproduce it.
/// </summary>
public sealed class DicomReaderFuzzTests(ITestOutputHelper output)
{
    /// <summary>DICOM_FUZZ_SEED and DICOM_FUZZ_MUTATIONS widen a local run; CI runs the default 2,000 from seed 20261123.</summary>
    private static readonly int Seed = FromEnvironment("DICOM_FUZZ_SEED", 20261123);
    private static readonly int Mutations = FromEnvironment("DICOM_FUZZ_MUTATIONS", 2_000);
    private static readonly TimeSpan ReadBudget = TimeSpan.FromSeconds(5);

    private static readonly DicomReadOptions[] Options =
        [DicomReadOptions.Default, DicomReadOptions.HeaderOnly, new DicomReadOptions { LargeValueThreshold = 16 }];

    [Fact]
    public async Task Read_MutatedCorpusFiles_EndInADataSetOrADicomFormatException()
    {
        var corpus = LoadCorpus();
        var (read, refused, findings) = (0, 0, new List<string>());
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Mutations; i++)
        {
            var (name, bytes) = corpus[i % corpus.Count];
            var mutation = DicomMutation.All[i / corpus.Count % DicomMutation.All.Count];
            var what = $"{name}, {mutation}, seed {Seed + i}, options #{i % Options.Length}";
            var error = await BoundedRead.ReadAsync(mutation.Apply(bytes, new Random(Seed + i)), Options[i % Options.Length], ReadBudget, what);
            if (error is null) read++;
            else if (error is DicomFormatException) refused++;
            else findings.Add($"{what}: {error.GetType().Name}: {error.Message} at {TopFrame(error)}");
        }
        output.WriteLine($"{Mutations} mutations of {corpus.Count} files in {watch.Elapsed.TotalSeconds:F1} s: {read} read, {refused} refused");
        Assert.True(findings.Count == 0, $"{findings.Count} reads threw something else:\n{string.Join('\n', findings.Take(20))}");
    }

    private static List<(string Name, byte[] Bytes)> LoadCorpus()
    {
        ExternalTool.Require(Directory.Exists(DicomCorpus.Folder), $"DICOM corpus folder {DicomCorpus.Folder} is absent");
        return [.. Directory.GetFiles(DicomCorpus.Folder, "*.dcm", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(DicomCorpus.Folder, path), File.ReadAllBytes(path)))];
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    private static string TopFrame(Exception error) =>
        error.StackTrace?.Split('\n').Select(line => line.Trim()).FirstOrDefault() ?? "(no stack)";
}
