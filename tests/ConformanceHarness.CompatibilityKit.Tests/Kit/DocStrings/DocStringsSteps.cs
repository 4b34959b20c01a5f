using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.DocStrings;

/// <summary>Port of the kit's doc-strings.ts.</summary>
[Binding]
public sealed class DocStringsSteps
{
    [Given("a doc string:")]
    public void ADocString(string docString) { }
}
