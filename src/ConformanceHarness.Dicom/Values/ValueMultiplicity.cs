using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// A value multiplicity as PS3.6 writes it (PS3.5 §6.4): "1", "1-3", "1-n", "2-2n", "3-3n", "3n".
/// <see cref="Maximum"/> is null when open-ended; <see cref="Step"/> is the stride ("2-2n" allows 2, 4, 6 …).
/// </summary>
public sealed record ValueMultiplicity(int Minimum, int? Maximum, int Step)
{
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValueMultiplicity? vm)
    {
        ArgumentNullException.ThrowIfNull(text);
        vm = null;
        var parts = text.Trim().Split('-');
        if (parts.Length > 2 || !TryBound(parts[0], out var low, out var lowStep))
        {
            return false;
        }

        if (parts.Length == 1)
        {
            vm = low is { } single ? new(single, single, 1) : new(lowStep, null, lowStep);
            return true;
        }

        if (low is null || !TryBound(parts[1], out var high, out var highStep) || high < low)
        {
            return false;
        }

        vm = new(low.Value, high, highStep);
        return true;
    }

    public static ValueMultiplicity Parse(string text) =>
        TryParse(text, out var vm) ? vm : throw new ArgumentException($"'{text}' is not a value multiplicity such as 1, 1-3, 1-n or 2-2n", nameof(text));

    public bool Allows(int count) => count >= Minimum && (Maximum is null || count <= Maximum) && count % Step == 0;

    public override string ToString() => (Maximum, Step) switch
    {
        ({ } max, _) when max == Minimum => Minimum.ToString(CultureInfo.InvariantCulture),
        ({ } max, _) => $"{Minimum}-{max}",
        (null, 1) => $"{Minimum}-n",
        _ => $"{Minimum}-{Step}n",
    };

    /// <summary>"3" is (3, step 1); "n" is (unbounded, step 1); "2n" is (unbounded, step 2).</summary>
    private static bool TryBound(string text, out int? bound, out int step)
    {
        (bound, step) = (null, 1);
        if (text == "n")
        {
            return true;
        }

        var open = text.EndsWith('n');
        if (!int.TryParse(open ? text[..^1] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (open && number < 1))
        {
            return false;
        }

        (bound, step) = open ? ((int?)null, number) : (number, 1);
        return true;
    }
}
