namespace ConformanceHarness.Fixtures.Population;

internal static class DigitSpans
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
