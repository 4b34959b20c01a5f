using BenchmarkDotNet.Running;

using ConformanceHarness.Fixtures.Benchmarks;

if (args is ["--verify"])
{
    var benchmarks = new GenerationBenchmarks { WithPixels = true };
    benchmarks.Setup();
    Console.WriteLine($"instances per study: {GenerationBenchmarks.Series * GenerationBenchmarks.InstancesPerSeries}, "
        + $"bytes in memory: {benchmarks.InMemory()}, files to disk: {benchmarks.ToDisk()}");
    benchmarks.Cleanup();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GenerationBenchmarks).Assembly).Run(args);
