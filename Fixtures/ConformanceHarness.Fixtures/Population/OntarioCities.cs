namespace ConformanceHarness.Fixtures.Population;

/// <summary>The cities addresses and facilities are drawn from (a registry as data, see <see cref="OntarioCity"/>).</summary>
public static class OntarioCities
{
    public static IReadOnlyList<OntarioCity> All { get; } =
    [
        new("Toronto", 'M', "416"), new("Ottawa", 'K', "613", Francophone: true), new("Mississauga", 'L', "905"),
        new("Brampton", 'L', "905"), new("Hamilton", 'L', "905"), new("London", 'N', "519"),
        new("Markham", 'L', "905"), new("Vaughan", 'L', "905"), new("Kitchener", 'N', "519"),
        new("Windsor", 'N', "519"), new("Oshawa", 'L', "905"), new("St. Catharines", 'L', "905"),
        new("Barrie", 'L', "705"), new("Guelph", 'N', "519"), new("Kingston", 'K', "613"),
        new("Peterborough", 'K', "705"), new("Cornwall", 'K', "613", Francophone: true),
        new("Hawkesbury", 'K', "613", Francophone: true), new("Greater Sudbury", 'P', "705", Francophone: true),
        new("Thunder Bay", 'P', "807"), new("Sault Ste. Marie", 'P', "705"), new("North Bay", 'P', "705"),
        new("Timmins", 'P', "705", Francophone: true), new("Kapuskasing", 'P', "705", Francophone: true),
        new("Hearst", 'P', "705", Francophone: true), new("Kenora", 'P', "807"),
    ];
}
