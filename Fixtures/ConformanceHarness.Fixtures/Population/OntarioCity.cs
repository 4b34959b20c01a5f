namespace ConformanceHarness.Fixtures.Population;

/// <summary>
/// A real Ontario municipality with the first letter of its postal codes' forward sortation area (Canada Post: K eastern,
/// L central, M Toronto, N south-western, P northern Ontario) and one of its telephone area codes. Public facts only.
/// </summary>
public sealed record OntarioCity(string Name, char FsaLetter, string AreaCode, bool Francophone = false);
