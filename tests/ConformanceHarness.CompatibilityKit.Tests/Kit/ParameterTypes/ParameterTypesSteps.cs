using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.CompatibilityKit.Tests.Kit.ParameterTypes;

/// <summary>Port of the kit's parameter-types.ts: a {flight} parameter type and a step using it.</summary>
[Binding]
public sealed class ParameterTypesSteps
{
    [ParameterType("flight", "([A-Z]{3})-([A-Z]{3})")]
    public static Flight ToFlight(string from, string to) => new(from, to);

    [Given("{flight} has been delayed")]
    public void FlightHasBeenDelayed(Flight flight)
    {
        NodeAssert.StrictEqual(flight.From, "LHR");
        NodeAssert.StrictEqual(flight.To, "CDG");
    }
}
