using ConformanceHarness.Gherkin.Events;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>Runs feature text through the real runner in a temporary folder, with the given listeners.</summary>
internal static class FeatureRun
{
    public static Task<RunResult> RunAsync(string featureText, IReadOnlyList<Type> bindings, params IRunEventListener[] listeners) =>
        RunAsync([("test.feature", featureText)], bindings, listeners);

    public static Task<RunResult> RunAsync(IReadOnlyList<(string Name, string Text)> features, IReadOnlyList<Type> bindings,
        params IRunEventListener[] listeners) =>
        RunAsync(features, bindings, options => options, listeners);

    public static async Task<RunResult> RunAsync(IReadOnlyList<(string Name, string Text)> features, IReadOnlyList<Type> bindings,
        Func<RunOptions, RunOptions> configure, params IRunEventListener[] listeners)
    {
        var directory = Directory.CreateTempSubdirectory("reporting-tests-");
        try
        {
            foreach (var (name, text) in features)
                await File.WriteAllTextAsync(Path.Combine(directory.FullName, name), text);
            var options = configure(new RunOptions
            {
                Paths = features.Select(feature => feature.Name).ToList(),
                BindingTypes = bindings,
                BaseDirectory = directory.FullName,
            });
            var bus = new RunEventBus();
            foreach (var listener in listeners) bus.Subscribe(listener);
            var result = await new GherkinRunner(options, bus).RunAsync(TestContext.Current.CancellationToken);
            Assert.Empty(bus.ListenerErrors);
            return result;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
