using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Support;

/// <summary>Runs feature text written to a fresh temp folder with the given binding classes, recording every event.</summary>
public static class FeatureRun
{
    public static Task<FeatureRunOutput> RunAsync(string featureText, params Type[] bindings) =>
        RunAsync(new Dictionary<string, string> { ["test.feature"] = featureText }, options => options with { BindingTypes = bindings });

    public static async Task<FeatureRunOutput> RunAsync(IReadOnlyDictionary<string, string> files, Func<RunOptions, RunOptions> configure)
    {
        var folder = Directory.CreateTempSubdirectory("harness-test-").FullName;
        foreach (var (name, text) in files)
            await File.WriteAllTextAsync(Path.Combine(folder, name), text);
        var options = configure(new RunOptions { Paths = ["."], BaseDirectory = folder });
        return await RunAsync(options);
    }

    public static Task<FeatureRunOutput> RunAsync(RunOptions options) =>
        RunCancellableAsync(options, TestContext.Current.CancellationToken);

    public static async Task<FeatureRunOutput> RunCancellableAsync(RunOptions options, CancellationToken cancellation)
    {
        var events = new List<RunEvent>();
        var runner = new GherkinRunner(options);
        runner.Events.Subscribe(events.Add);
        var result = await runner.RunAsync(cancellation);
        return new FeatureRunOutput(result, events);
    }
}
