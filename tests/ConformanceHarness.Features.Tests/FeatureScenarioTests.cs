using ConformanceHarness.Gherkin.Execution;
using Xunit;

namespace ConformanceHarness.Features.Tests;

/// <summary>Runs each scenario under Features/ as its own test case against the embedded simulators.</summary>
public sealed class FeatureScenarioTests(FeatureSessionFixture fixture)
{
    public static IEnumerable<ITheoryDataRow> Scenarios => FeatureCatalog.Rows();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario(string location)
    {
        var result = await fixture.Session.RunScenarioAsync(location, TestContext.Current.CancellationToken);
        if (result.Outcome == Outcome.Skipped) Assert.Skip(result.Message ?? "skipped");
        Assert.True(result.Outcome == Outcome.Passed, ScenarioLog.Describe(result));
    }
}
