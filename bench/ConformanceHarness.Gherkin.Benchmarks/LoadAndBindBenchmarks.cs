using BenchmarkDotNet.Attributes;
using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Benchmarks;

/// <summary>Parse + pickle + bind the 500 generated scenarios: what a run costs before any step executes.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LoadAndBindBenchmarks
{
    private string _folder = "";

    [GlobalSetup]
    public void Setup() => _folder = GeneratedSuite.Write(Path.Combine(Path.GetTempPath(), "harness-bench-suite"));

    [Benchmark]
    public int ParseAndPickle() => Load(new SynchronizedIdGenerator()).Sum(feature => feature.Pickles.Count);

    [Benchmark]
    public int ParsePickleAndBind()
    {
        var ids = new SynchronizedIdGenerator();
        var features = Load(ids);
        var bindings = new BindingRegistryBuilder(ids).Build([typeof(GeneratedSteps)]);
        var matcher = new StepMatcher(bindings);
        var matched = 0;
        foreach (var pickle in features.SelectMany(feature => feature.Pickles))
        foreach (var step in pickle.Steps)
            matched += matcher.Match(step).Kind == StepMatchKind.Matched ? 1 : 0;
        return matched;
    }

    private IReadOnlyList<FeatureSource> Load(SynchronizedIdGenerator ids) => new FeatureLoader(ids).Load([_folder], _folder);
}
