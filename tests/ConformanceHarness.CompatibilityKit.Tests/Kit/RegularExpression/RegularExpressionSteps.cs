using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.RegularExpression;

/// <summary>Port of the kit's regular-expression.ts.</summary>
[Binding]
public sealed class RegularExpressionSteps
{
    [Given("^a (.*?)(?: and a (.*?))?(?: and a (.*?))?$")]
    public void AVegetables(string vegetable1, string? vegetable2, string? vegetable3) { }
}
