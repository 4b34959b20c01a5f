using System.Text.RegularExpressions;

using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// Tests of one value of an entity against one value of a key, PS3.4 C.2.2.2.1, C.2.2.2.4 and C.2.2.2.5. Matching is
/// case-sensitive except for PN, which C.2.2.2.1 leaves to the implementation: here PN ignores case, as the archives
/// vendors meet (Orthanc, dcm4chee) do. DA, TM and DT compare as moments, so "1015" matches "101500.000".
/// </summary>
internal static class ValueMatchers
{
    /// <summary>Whether one value of <paramref name="entity"/> (which gives DT values their default offset) matches.</summary>
    public delegate bool ValueTest(string value, DicomDataset entity);

    private static readonly HashSet<string> WildCardVRs = ["AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UR", "UT"];

    public static bool AllowsWildCard(DicomVR vr) => WildCardVRs.Contains(vr.Code);

    public static bool IsTemporal(DicomVR vr) => vr == DicomVR.DA || vr == DicomVR.TM || vr == DicomVR.DT;

    public static ValueTest SingleValue(DicomVR vr, string key)
    {
        var comparison = vr == DicomVR.PN ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return (value, _) => string.Equals(value, key, comparison);
    }

    public static ValueTest WildCard(DicomVR vr, string key)
    {
        var pattern = "^" + string.Concat(key.Select(c => c switch { '*' => ".*", '?' => ".", _ => Regex.Escape(c.ToString()) })) + "$";
        var options = RegexOptions.Singleline | RegexOptions.CultureInvariant | (vr == DicomVR.PN ? RegexOptions.IgnoreCase : RegexOptions.None);
        var regex = new Regex(pattern, options, TimeSpan.FromSeconds(1));
        return (value, _) => regex.IsMatch(value);
    }

    /// <summary>A DA, TM or DT key, single value or range; null when <paramref name="key"/> is neither.</summary>
    public static ValueTest? Temporal(DicomVR vr, string key, TimeSpan keyOffset)
    {
        if (vr == DicomVR.DA)
            return DicomDateRange.TryParse(key, out var dates) ? (value, _) => DicomDate.TryParse(value, out var date) && dates.Contains(date) : null;
        if (vr == DicomVR.TM)
            return DicomTimeRange.TryParse(key, out var times) ? (value, _) => DicomTime.TryParse(value, out var time) && times.Contains(time) : null;
        return DicomDateTimeRange.TryParse(key, keyOffset, out var moments)
            ? (value, entity) => DicomDateTime.TryParse(value, entity.TimezoneOffset, out var moment) && moments.Contains(moment)
            : null;
    }

    /// <summary>A temporal key is a range when it holds a hyphen that is not the sign of a DT offset.</summary>
    public static bool IsRange(DicomVR vr, string key, TimeSpan keyOffset) =>
        key.Contains('-') && !(vr == DicomVR.DT && DicomDateTime.TryParse(key, keyOffset, out _));
}
