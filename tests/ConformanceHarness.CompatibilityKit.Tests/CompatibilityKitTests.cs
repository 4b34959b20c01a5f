using ConformanceHarness.CompatibilityKit.Tests.Support;

namespace ConformanceHarness.CompatibilityKit.Tests;

/// <summary>
/// Runs the Cucumber Compatibility Kit features through <c>GherkinRunner</c> and
/// <c>CucumberMessagesWriter</c> and compares the NDJSON with the kit's reference, envelope by envelope.
/// Every kit folder is either covered or left out with a reason.
/// </summary>
public sealed class CompatibilityKitTests
{
    public static readonly IReadOnlyList<string> Covered =
    [
        "all-statuses", "ambiguous", "attachments", "backgrounds", "cdata", "data-tables", "doc-strings", "empty",
        "examples-tables", "examples-tables-attachment", "examples-tables-undefined", "examples-tables-undefined-multiple",
        "failedish-combinations", "global-hooks", "global-hooks-afterall-error", "global-hooks-attachments",
        "global-hooks-beforeall-error", "hooks", "hooks-attachment", "hooks-conditional", "hooks-named", "hooks-skipped",
        "hooks-undefined", "markdown", "minimal", "multiple-features", "multiple-features-reversed", "parameter-types",
        "pending", "pending-exception", "regular-expression", "retry", "retry-ambiguous", "retry-pending", "retry-undefined",
        "rules", "rules-backgrounds", "skipped", "skipped-exception", "skipped-failing-hook", "stack-traces", "undefined",
        "undefined-multiple", "unknown-parameter-type", "unused-steps",
    ];

    public static readonly IReadOnlyDictionary<string, string> LeftOut = new Dictionary<string, string>
    {
        ["test-run-exception"] = "needs fake-cucumber's `--error` switch, which makes the runner itself fail",
    };

    public static TheoryData<string> CoveredFeatures => new(Covered);

    [Theory]
    [MemberData(nameof(CoveredFeatures))]
    public async Task KitFeature_RunWithCucumberMessagesWriter_MatchesReferenceNdjson(string name)
    {
        var kit = KitLocator.RequireFeaturesFolder();
        var expected = await File.ReadAllLinesAsync(Path.Combine(kit, name, $"{name}.ndjson"), TestContext.Current.CancellationToken);

        var actual = await KitRun.RunAsync(kit, name, TestContext.Current.CancellationToken);

        NdjsonComparison.AssertEquivalent(expected.Where(line => line.Length > 0).ToList(), actual, SaveActual(name, actual));
    }

    [Fact]
    public void KitFolders_CoveredAndLeftOut_AccountForEveryFeatureOnce()
    {
        var kit = KitLocator.RequireFeaturesFolder();
        var folders = Directory.GetDirectories(kit).Select(folder => Path.GetFileName(folder)!).Order(StringComparer.Ordinal).ToList();

        var accounted = Covered.Concat(LeftOut.Keys).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(folders, accounted);
    }

    [Fact]
    public void Covered_EveryFeature_HasPortedBindingsOrNeedsNone()
    {
        var withoutBindings = Covered.Where(name => KitBindings.For(name).Count == 0).ToList();

        Assert.Equal(["empty", "retry-undefined"], withoutBindings);
    }

    private static string SaveActual(string name, IReadOnlyList<string> lines)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "cck-actual");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}.ndjson");
        File.WriteAllLines(file, lines);
        return file;
    }
}
