namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// The Ontario Health Card Number value rules of spec §3.6: the health number is exactly 10 digits (the version code is
/// card state and is not part of it), and its last digit is a check digit.
/// </summary>
/// <remarks>
/// Check digit source: spec §3.6 cites the MOHLTC Health Card Validation Reference Manual [ON-OLD], which describes
/// the tenth digit as a mod-10 check digit over the first nine; the spec marks the algorithm unverified, so the rule
/// using it is a warning. The mod-10 scheme applied is the Luhn algorithm (ISO/IEC 7812-1 Annex B): from the right,
/// every second digit is doubled (its digits summed), and the total of all ten digits is a multiple of 10.
/// </remarks>
public static class HealthCardNumber
{
    public const int Length = 10;

    public static bool HasValidFormat(string value) => value.Length == Length && value.All(char.IsAsciiDigit);

    /// <summary>True when <paramref name="value"/> (10 digits) passes the Luhn mod-10 check: its last digit is the check digit of the first nine.</summary>
    public static bool HasValidCheckDigit(string value) =>
        HasValidFormat(value) && value[^1] - '0' == CheckDigit(value.AsSpan(0, Length - 1));

    /// <summary>
    /// The check digit of nine leading digits (the synthetic-data generator makes HCNs with it): digits 1, 3, 5, 7 and 9
    /// doubled (a result above 9 less 9), digits 2, 4, 6 and 8 as they are, and the digit that makes the sum a multiple of 10.
    /// </summary>
    public static int CheckDigit(ReadOnlySpan<char> firstNine)
    {
        if (firstNine.Length != Length - 1 || firstNine.ContainsAnyExceptInRange('0', '9'))
            throw new ArgumentException($"expected 9 digits, but received '{firstNine}'", nameof(firstNine));
        var sum = 0;
        for (var i = 0; i < firstNine.Length; i++)
        {
            var digit = firstNine[i] - '0';
            sum += i % 2 == 0 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
