using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Json;

/// <summary>
/// String values as the JSON Model carries them: decoded through the Specific Character Set in force,
/// split at backslashes for multi-valued VRs, padding removed (PS3.5 §6.2: trailing spaces, and NUL for UI;
/// leading spaces too except in LT, ST, UT and UR), an empty value as null (PS3.18 F.2.5).
/// </summary>
internal static class DicomJsonText
{
    public static IReadOnlyList<string?> Values(DicomElement element, DicomCharacterSet characterSet)
    {
        var text = characterSet.Decode(element.Bytes.Span, element.VR).TrimEnd(' ', '\0');
        if (text.Length == 0) return [];
        if (!element.VR.IsMultiValued) return [text];
        return [.. text.Split('\\').Select(value => value.Trim(' ', '\0')).Select(value => value.Length == 0 ? null : value)];
    }

    /// <summary>The bytes of <paramref name="values"/> joined by backslashes, encoded and padded to even length.</summary>
    public static byte[] Encode(IEnumerable<string?> values, DicomVR vr, DicomCharacterSet characterSet, ICollection<CharacterSetFinding>? findings)
    {
        var bytes = characterSet.Encode(string.Join('\\', values.Select(value => value ?? "")), vr, findings);
        return bytes.Length % 2 == 0 ? bytes : [.. bytes, vr.Padding];
    }
}
