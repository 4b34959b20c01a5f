using BenchmarkDotNet.Running;
using ConformanceHarness.Gherkin.Benchmarks;

if (args is ["--verify"])
{
    var benchmarks = new LoadAndBindBenchmarks();
    benchmarks.Setup();
    Console.WriteLine($"scenarios: {benchmarks.ParseAndPickle()}, matched steps: {benchmarks.ParsePickleAndBind()}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LoadAndBindBenchmarks).Assembly).Run(args);
