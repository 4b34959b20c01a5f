using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Tests.Population;

public sealed class NameGeneratorTests
{
    [Fact]
    public void Next_French_GivenNameOfTheSexAndFamilyNameFromTheFrenchLists()
    {
        var names = new NameGenerator(new Bogus.Faker { Random = new Bogus.Randomizer(8) });

        var women = Enumerable.Range(0, 50).Select(_ => names.Next(NameLanguage.French, AdministrativeSex.Female)).ToList();
        var men = Enumerable.Range(0, 50).Select(_ => names.Next(NameLanguage.French, AdministrativeSex.Male)).ToList();

        Assert.All(women, n => Assert.Contains(n.Given, FrenchNames.Female));
        Assert.All(men, n => Assert.Contains(n.Given, FrenchNames.Male));
        Assert.All(women.Concat(men), n => Assert.Contains(n.Family, FrenchNames.Family));
    }

    [Fact]
    public void Next_EnglishBySex_GivenNamesDoNotOverlapMuch()
    {
        var names = new NameGenerator(new Bogus.Faker { Random = new Bogus.Randomizer(8) });

        var women = Enumerable.Range(0, 100).Select(_ => names.Next(NameLanguage.English, AdministrativeSex.Female).Given).ToHashSet();
        var men = Enumerable.Range(0, 100).Select(_ => names.Next(NameLanguage.English, AdministrativeSex.Male).Given).ToHashSet();

        Assert.True(women.Intersect(men).Count() <= 5, $"given names drawn for both sexes: {string.Join(", ", women.Intersect(men))}");
    }

    [Theory]
    [InlineData("Côté", "Benoît", null, "Côté^Benoît", false)]
    [InlineData("Smith", "Jane", "Dr", "Smith^Jane^^Dr", true)]
    public void ToDicom_Parts_FamilyCaretGivenWithPrefixFourth(string family, string given, string? prefix, string expected, bool ascii)
    {
        var name = new PersonName(family, given, prefix);

        Assert.Equal(expected, name.ToDicom());
        Assert.Equal(ascii, name.IsAscii);
    }
}
