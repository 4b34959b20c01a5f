using System.Globalization;
using System.Numerics;

namespace ConformanceHarness.Dicom.Generator;

/// <summary>Orders UIDs by their numeric components: 1.2.3 before 1.2.10.</summary>
public sealed class UidComparer : IComparer<string>
{
    public static UidComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? "").Split('.');
        var right = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = BigInteger.Parse(left[i], CultureInfo.InvariantCulture).CompareTo(BigInteger.Parse(right[i], CultureInfo.InvariantCulture));
            if (order != 0) return order;
        }
        return left.Length.CompareTo(right.Length);
    }
}
