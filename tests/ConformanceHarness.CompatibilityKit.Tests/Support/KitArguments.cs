using System.Globalization;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>
/// The options a kit feature's reference was produced with, read from its <c>&lt;name&gt;.arguments.txt</c>
/// (fake-cucumber's command line, e.g. <c>--order reverse</c> or <c>--retry 2</c>) and applied to
/// <see cref="RunOptions"/>. An argument the harness has no counterpart for is an error, not ignored.
/// </summary>
internal static class KitArguments
{
    public static RunOptions Apply(RunOptions options, string featureFolder, string name)
    {
        var file = Path.Combine(featureFolder, $"{name}.arguments.txt");
        if (!File.Exists(file)) return options;
        var words = File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            options = words[i] switch
            {
                "--order" when i + 1 < words.Length => options with { Order = ScenarioOrder.Parse(words[++i]) },
                "--retry" when i + 1 < words.Length => options with { Retry = int.Parse(words[++i], CultureInfo.InvariantCulture) },
                _ => throw new NotSupportedException($"{name}.arguments.txt: no RunOptions counterpart for '{words[i]}'"),
            };
        }
        return options;
    }
}
