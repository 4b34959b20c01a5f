using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Tables;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.DataTables;

/// <summary>Port of the kit's data-tables.ts; the transposed table is world state.</summary>
[Binding]
public sealed class DataTablesSteps
{
    private IReadOnlyList<IReadOnlyList<string>> _transposed = [];

    [When("the following table is transposed:")]
    public void TheFollowingTableIsTransposed(DataTable table) => _transposed = table.Transpose();

    [Then("it should be:")]
    public void ItShouldBe(DataTable expected) => Assert.Equal(expected.Raw, _transposed);
}
