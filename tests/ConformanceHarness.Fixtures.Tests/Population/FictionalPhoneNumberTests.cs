using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Tests.Population;

public sealed class FictionalPhoneNumberTests
{
    [Theory]
    [InlineData("+1-416-555-0100", true)]
    [InlineData("+1-807-555-0199", true)]
    [InlineData("+1-416-555-0200", false)]
    [InlineData("+1-416-555-1234", false)]
    [InlineData("+1-416-556-0123", false)]
    [InlineData("416-555-0123", false)]
    public void IsFictional_Number_OnlyThe555Dash01Range(string number, bool expected) =>
        Assert.Equal(expected, FictionalPhoneNumber.IsFictional(number));

    [Fact]
    public void Generate_Any_IsFictionalWithTheAreaCode()
    {
        var random = new Bogus.Randomizer(3);

        var numbers = Enumerable.Range(0, 100).Select(_ => FictionalPhoneNumber.Generate(random, "613")).ToList();

        Assert.All(numbers, n => Assert.True(FictionalPhoneNumber.IsFictional(n) && n.StartsWith("+1-613-", StringComparison.Ordinal), n));
    }
}
