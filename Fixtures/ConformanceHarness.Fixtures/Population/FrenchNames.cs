namespace ConformanceHarness.Fixtures.Population;

/// <summary>
/// Common French-Canadian given and family names, many with accents (é è ê ë ç ô î â ï), so generated data exercises
/// non-ASCII text. Names only: combined at random they denote no real person.
/// </summary>
internal static class FrenchNames
{
    public static readonly string[] Female =
    [
        "Geneviève", "Élise", "Hélène", "Josée", "Chloé", "Léa", "Mélanie", "Noémie", "Zoé", "Françoise",
        "Béatrice", "Cécile", "Renée", "Thérèse", "Anaïs", "Maëlle", "Amélie", "Sophie", "Nathalie", "Claire",
    ];

    public static readonly string[] Male =
    [
        "Étienne", "Jérôme", "François", "Benoît", "Régis", "Gaëtan", "Stéphane", "André", "René", "Noël",
        "Jérémie", "Théo", "Raphaël", "Frédéric", "Honoré", "Jean-Luc", "Mathieu", "Olivier", "Sébastien", "Luc",
    ];

    public static readonly string[] Family =
    [
        "Bélanger", "Côté", "Lévesque", "Bérubé", "Fréchette", "Thériault", "Ménard", "Lefèvre", "Séguin", "Dubé",
        "Beauséjour", "Rhéaume", "Théberge", "Provençal", "Aubé", "Pâquet", "Hébert", "Gagné", "Lalonde", "Giroux",
        "Pelletier", "Charbonneau", "Lacroix", "Desrosiers", "Gauthier", "Bouchard", "Larivière", "Brûlé",
    ];
}
