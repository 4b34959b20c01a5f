using Xunit;

namespace ConformanceHarness.Features.Tests;

public sealed class FeatureCatalogTests
{
    [Fact]
    public async Task Rows_CarryDisplayNameTraitsAndSkipReasons()
    {
        var root = Directory.CreateTempSubdirectory("harness-catalog-").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "a.feature"), """
            @fhir
            Feature: Orders
              Scenario Outline: Order <n>
                Given a step
                Examples: few
                  | n |
                  | 1 |
              @wip
              Scenario: Later
                Given a step
              @expected-failure
              Scenario: Hidden
                Given a step
            """, TestContext.Current.CancellationToken);

        var rows = FeatureCatalog.Rows(root, root, FeatureCatalog.DefaultTagExpression).ToList();

        Assert.Equal(["Orders › Order 1 [few: 1]", "Orders › Later"], rows.Select(r => r.TestDisplayName));
        Assert.Equal(["a.feature:7"], rows[0].GetData());
        Assert.Equal(["@fhir"], rows[0].Traits!["Tag"]);
        Assert.Null(rows[0].Skip);
        Assert.Equal("tagged @wip: not run", rows[1].Skip);
    }

    [Fact]
    public void Rows_ForTheRepository_ListEveryDefaultScenario()
    {
        var rows = FeatureCatalog.Rows().ToList();

        Assert.Contains(rows, r => r.TestDisplayName == "Runner basics › Quantities add up [large baskets: 40, 60, 100]");
        Assert.DoesNotContain(rows, r => r.TestDisplayName!.StartsWith("Every outcome kind", StringComparison.Ordinal));
    }
}
