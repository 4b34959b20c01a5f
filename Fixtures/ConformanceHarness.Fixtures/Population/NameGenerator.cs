using Bogus;
using Bogus.DataSets;

namespace ConformanceHarness.Fixtures.Population;

/// <summary>
/// English names from Bogus's <c>en</c> locale (<c>en_CA</c> has no gendered given names) and French names (with
/// accents) from <see cref="FrenchNames"/>, all drawn from the world's one seeded <see cref="Randomizer"/>.
/// </summary>
internal sealed class NameGenerator(Faker faker)
{
    private readonly Name _english = new("en") { Random = faker.Random };

    /// <summary>The share of French names, roughly Ontario's francophone share inflated so tests meet accents often.</summary>
    public const float FrenchWeight = 0.35f;

    public Randomizer Random => faker.Random;

    public Faker Faker => faker;

    public PersonName Next(AdministrativeSex sex) => Next(Random.Bool(FrenchWeight) ? NameLanguage.French : NameLanguage.English, sex);

    public PersonName Next(NameLanguage language, AdministrativeSex sex)
    {
        var female = sex == AdministrativeSex.Female || (sex == AdministrativeSex.Other && Random.Bool());
        if (language == NameLanguage.French)
            return new PersonName(Random.ArrayElement(FrenchNames.Family), Random.ArrayElement(female ? FrenchNames.Female : FrenchNames.Male));
        return new PersonName(_english.LastName(), _english.FirstName(female ? Name.Gender.Female : Name.Gender.Male));
    }
}
