namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The grammar of DS and IS text, PS3.5 Table 6.2-1, after leading and trailing spaces are removed:
/// DS is <c>[+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?</c>, IS is <c>[+-]?d+</c>.
/// </summary>
internal static class DecimalSyntax
{
    public static bool IsDecimal(ReadOnlySpan<char> text)
    {
        var position = SkipSign(text, 0);
        var integerDigits = CountDigits(text, ref position);
        var fractionDigits = 0;
        if (position < text.Length && text[position] == '.')
        {
            position++;
            fractionDigits = CountDigits(text, ref position);
        }

        if (integerDigits + fractionDigits == 0)
        {
            return false;
        }

        if (position < text.Length && text[position] is 'e' or 'E')
        {
            position = SkipSign(text, position + 1);
            if (CountDigits(text, ref position) == 0)
            {
                return false;
            }
        }

        return position == text.Length;
    }

    public static bool IsInteger(ReadOnlySpan<char> text)
    {
        var position = SkipSign(text, 0);
        return CountDigits(text, ref position) > 0 && position == text.Length;
    }

    private static int SkipSign(ReadOnlySpan<char> text, int position) =>
        position < text.Length && text[position] is '+' or '-' ? position + 1 : position;

    private static int CountDigits(ReadOnlySpan<char> text, ref int position)
    {
        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position - start;
    }
}
