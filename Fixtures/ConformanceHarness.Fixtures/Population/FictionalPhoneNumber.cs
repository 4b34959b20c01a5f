using Bogus;

namespace ConformanceHarness.Fixtures.Population;

/// <summary>
/// North American numbers in 555-0100…555-0199, the range the NANP administrator reserves for fictional use, with a
/// real Ontario area code so they look local.
/// </summary>
public static class FictionalPhoneNumber
{
    public static string Generate(Randomizer random, string areaCode) => $"+1-{areaCode}-555-01{random.Number(99):D2}";

    public static bool IsFictional(string number) =>
        number.Length == 15 && number.StartsWith("+1-", StringComparison.Ordinal) && number[6..13] == "-555-01"
        && number.AsSpan(3, 3).ContainsOnlyDigits() && number.AsSpan(13, 2).ContainsOnlyDigits();
}
