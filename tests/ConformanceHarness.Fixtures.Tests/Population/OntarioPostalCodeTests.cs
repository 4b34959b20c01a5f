using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Tests.Population;

public sealed class OntarioPostalCodeTests
{
    [Theory]
    [InlineData("K1A 0B1")]
    [InlineData("M5V 3L9")]
    [InlineData("P3E 2C6")]
    [InlineData("L0R 1W1")]
    public void IsValid_OntarioFormat_Accepted(string code) => Assert.True(OntarioPostalCode.IsValid(code));

    [Theory]
    [InlineData("H2X 1Y4")] // Quebec
    [InlineData("V6B 1A1")] // British Columbia
    [InlineData("K1D 2A3")] // D is never used
    [InlineData("M5V 3O9")] // O is never used
    [InlineData("K1A0B1")]  // the space is part of the format
    [InlineData("k1a 0b1")]
    [InlineData("K1A 0B")]
    public void IsValid_NotAnOntarioCode_Rejected(string code) => Assert.False(OntarioPostalCode.IsValid(code));

    [Fact]
    public void NewPatient_Address_HasAValidCodeWhoseFsaLetterIsTheCitys()
    {
        var world = SyntheticWorld.Create(11);

        var addresses = Enumerable.Range(0, 200).Select(_ => world.NewPatient().Demographics.Address).ToList();

        Assert.All(addresses, address =>
        {
            var city = Assert.Single(OntarioCities.All, c => c.Name == address.City);
            Assert.True(OntarioPostalCode.IsValid(address.PostalCode), address.PostalCode);
            Assert.Equal(city.FsaLetter, OntarioPostalCode.Fsa(address.PostalCode)[0]);
        });
    }

    [Fact]
    public void Generate_NotAnOntarioLetter_Throws() =>
        Assert.Throws<ArgumentException>(() => OntarioPostalCode.Generate(new Bogus.Randomizer(1), 'H'));
}
