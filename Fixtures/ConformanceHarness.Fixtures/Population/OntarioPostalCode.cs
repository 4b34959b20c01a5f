using System.Text.RegularExpressions;

using Bogus;

namespace ConformanceHarness.Fixtures.Population;

/// <summary>
/// Canadian postal codes in the Ontario ranges: <c>A9A 9A9</c>, the first letter one of K L M N P (Ontario's forward
/// sortation areas). Canada Post never uses D F I O Q U in any position, nor W Z as a first letter.
/// </summary>
public static partial class OntarioPostalCode
{
    public const string OntarioFsaLetters = "KLMNP";

    /// <summary>The letters allowed in the second and third letter positions.</summary>
    public const string Letters = "ABCEGHJKLMNPRSTVWXYZ";

    public static bool IsValid(string postalCode) => Pattern().IsMatch(postalCode);

    /// <summary>The forward sortation area: the first three characters.</summary>
    public static string Fsa(string postalCode) => postalCode[..3];

    /// <summary>A well-formed code whose FSA starts with <paramref name="fsaLetter"/> (not a claim that Canada Post issued it).</summary>
    public static string Generate(Randomizer random, char fsaLetter)
    {
        if (!OntarioFsaLetters.Contains(fsaLetter))
            throw new ArgumentException($"expected one of {OntarioFsaLetters}, but received '{fsaLetter}'", nameof(fsaLetter));
        return $"{fsaLetter}{random.Number(9)}{random.ArrayElement(Letters.ToCharArray())} "
            + $"{random.Number(9)}{random.ArrayElement(Letters.ToCharArray())}{random.Number(9)}";
    }

    [GeneratedRegex("^[KLMNP][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$")]
    private static partial Regex Pattern();
}
