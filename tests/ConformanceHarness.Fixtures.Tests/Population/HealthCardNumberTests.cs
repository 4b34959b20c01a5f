using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Tests.Population;

public sealed class HealthCardNumberTests
{
    // Worked by hand from the documented steps (double the digits in odd positions 1,3,5,7,9; a doubled value above 9
    // loses 9; add the even-position digits; check = (10 - sum mod 10) mod 10):
    //   123456789: odd 1,3,5,7,9 -> 2,6,10-9=1,14-9=5,18-9=9 = 23; even 2+4+6+8 = 20; sum 43 -> check 7
    //   000000001: odd ...,1 -> 2; even 0; sum 2 -> check 8
    //   500000000: odd 5 -> 10-9 = 1; sum 1 -> check 9
    //   222222222: odd 5 x 4 = 20; even 4 x 2 = 8; sum 28 -> check 2
    //   900000009: odd 9 -> 9, 9 -> 9; sum 18 -> check 2
    [Theory]
    [InlineData("123456789", 7)]
    [InlineData("000000001", 8)]
    [InlineData("500000000", 9)]
    [InlineData("222222222", 2)]
    [InlineData("900000009", 2)]
    public void CheckDigit_HandWorkedExample_MatchesTheDocumentedSteps(string firstNine, int expected) =>
        Assert.Equal(expected, HealthCardNumber.CheckDigit(firstNine));

    [Theory]
    [InlineData("1234567897")]
    [InlineData("2222222222")]
    public void IsValid_CorrectCheckDigit_Accepted(string number) => Assert.True(HealthCardNumber.IsValid(number));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("1234567898")]
    [InlineData("2222222223")]
    [InlineData("123456789")]
    [InlineData("12345678970")]
    [InlineData("12345X7897")]
    [InlineData("")]
    public void IsValid_WrongDigitOrShape_Rejected(string number) => Assert.False(HealthCardNumber.IsValid(number));

    [Fact]
    public void CheckDigit_NotNineDigits_ThrowsNamingTheInput()
    {
        var error = Assert.Throws<ArgumentException>(() => HealthCardNumber.CheckDigit("12345"));

        Assert.Contains("'12345'", error.Message);
    }

    [Fact]
    public void NewPatient_HealthCard_IsTenDigitsValidWithTwoLetterVersionCode()
    {
        var world = SyntheticWorld.Create(7);

        var cards = Enumerable.Range(0, 200).Select(_ => world.NewPatient().Demographics.HealthCard).ToList();

        Assert.All(cards, card => Assert.True(HealthCardNumber.IsValid(card.HealthNumber), card.HealthNumber));
        Assert.All(cards, card => Assert.True(HealthCardNumber.IsValidVersionCode(card.VersionCode), card.VersionCode));
        Assert.Equal(cards.Count, cards.Select(c => c.HealthNumber).Distinct().Count());
    }
}
