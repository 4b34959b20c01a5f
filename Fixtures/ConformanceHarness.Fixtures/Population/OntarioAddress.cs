namespace ConformanceHarness.Fixtures.Population;

/// <summary>A synthetic street address in a real Ontario city; the postal code has the city's FSA letter.</summary>
public sealed record OntarioAddress(string Line, string City, string PostalCode)
{
    public const string Province = "ON";

    public const string Country = "CA";

    public override string ToString() => $"{Line}, {City} {Province} {PostalCode}";
}
