using BenchmarkDotNet.Attributes;

using ConformanceHarness.Fixtures.Dicom;

namespace ConformanceHarness.Fixtures.Benchmarks;

/// <summary>
/// Generation rate of synthetic studies: one operation is one new patient, one CT order and its study of
/// <see cref="Series"/> × <see cref="InstancesPerSeries"/> images, either encoded to PS3.10 bytes in memory or written as a
/// PACS tree to a temporary folder (emptied after each iteration). Studies/s = 1 / time per operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15, invocationCount: InvocationsPerIteration)]
public class GenerationBenchmarks
{
    public const int Series = 2;

    public const int InstancesPerSeries = 5;

    /// <summary>Studies per iteration: the folder is emptied between iterations, so this bounds the disk used (~2 MB).</summary>
    public const int InvocationsPerIteration = 20;

    private SyntheticWorld _world = null!;
    private string _folder = null!;

    [Params(true, false)]
    public bool WithPixels { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = SyntheticWorld.Create(2026);
        _folder = Directory.CreateTempSubdirectory("hx-fixtures-bench-").FullName;
    }

    [IterationCleanup]
    public void EmptyFolder()
    {
        foreach (var entry in Directory.EnumerateDirectories(_folder)) Directory.Delete(entry, recursive: true);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public long InMemory()
    {
        var bytes = 0L;
        foreach (var file in Perform().DicomFiles)
        {
            using var stream = new MemoryStream();
            file.Save(stream);
            bytes += stream.Length;
        }
        return bytes;
    }

    [Benchmark]
    public int ToDisk() => Perform().WriteTo(_folder).Count;

    private SyntheticStudy Perform() => _world.NewPatient().NewOrder("CT").Perform(Series, InstancesPerSeries, WithPixels);
}
