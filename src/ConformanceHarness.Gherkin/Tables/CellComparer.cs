namespace ConformanceHarness.Gherkin.Tables;

/// <summary>Decides whether an expected cell equals an actual member value, by converting the cell to the member type.</summary>
internal static class CellComparer
{
    public static bool Matches(string expected, object? actual, Type memberType)
    {
        if (actual is null)
        {
            return expected.Length == 0;
        }

        return CellConverter.TryConvert(expected, memberType, out var converted, out _) && Equals(converted, actual);
    }
}
