using System.Text;
using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Parsing;
using ConformanceHarness.Reporting;

namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// Runs one kit feature the way the kit's reference was produced: its folder copied to
/// <c>&lt;temp&gt;/samples/&lt;name&gt;/</c> so the uris read <c>samples/&lt;name&gt;/&lt;name&gt;.feature</c>
/// (or <c>.feature.md</c>), keyword-agnostic matching, one scenario at a time, the options of its
/// <c>arguments.txt</c> (<see cref="KitArguments"/>), NDJSON written to memory.
/// </summary>
internal static class KitRun
{
    public static async Task<IReadOnlyList<string>> RunAsync(string kitFeatures, string name, CancellationToken cancellation)
    {
        var root = Path.Combine(Path.GetTempPath(), $"cck-{name}-{Guid.NewGuid():N}");
        var folder = Path.Combine(root, "samples", name);
        CopyFolder(Path.Combine(kitFeatures, name), folder);
        try
        {
            return await RunInAsync(root, folder, name, cancellation);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<string>> RunInAsync(string root, string folder, string name, CancellationToken cancellation)
    {
        var options = new RunOptions
        {
            Paths = FeatureFiles(root, folder),
            BaseDirectory = root,
            BindingTypes = KitBindings.For(name),
            MatchKeywords = false,
            Parallelism = 1,
            SkipTags = [],
        };
        options = KitArguments.Apply(options, folder, name);
        using var stream = new MemoryStream();
        using (var writer = new CucumberMessagesWriter(stream, leaveOpen: true))
        {
            var runner = new GherkinRunner(options);
            runner.Events.Subscribe(writer);
            await runner.RunAsync(cancellation);
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static IReadOnlyList<string> FeatureFiles(string root, string folder) =>
        Directory.GetFiles(folder)
            .Where(FeatureFormat.IsFeatureFile)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}
