using ConformanceHarness.Gherkin.Bindings;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.UnknownParameterType;

/// <summary>Port of the kit's unknown-parameter-type.ts.</summary>
[Binding]
public sealed class UnknownParameterTypeSteps
{
    [Given("{airport} is closed because of a strike")]
    public void AirportIsClosedBecauseOfAStrike(string airport) =>
        throw new Exception("Should not be called because airport parameter type has not been defined");
}
