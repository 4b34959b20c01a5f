using System.Text;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// The text of a string element as the value rules see it: decoded under the character set in force, with its one
/// trailing padding byte removed whichever it is (space or NUL: the <c>padding</c> rule judges which is right, so a
/// wrongly padded value is one finding, not two), split into values at backslashes for multi-valued VRs. VRs the
/// character set does not apply to (AE, AS, CS, DA, DS, DT, IS, TM, UI, UR) are read byte for byte (Latin-1), so a byte
/// outside the default repertoire reaches the VR's repertoire check as the character it is.
/// </summary>
public static class ElementText
{
    private const byte Space = 0x20;
    private const byte Nul = 0x00;

    public static string Decode(DicomElement element, ElementScope scope, ICollection<CharacterSetFinding>? findings = null)
    {
        var bytes = element.Bytes.Span;
        if (bytes.Length > 0 && bytes.Length % 2 == 0 && bytes[^1] is Space or Nul) bytes = bytes[..^1];
        return element.VR.CharacterSetApplies ? scope.CharacterSet.Decode(bytes, element.VR, findings) : Encoding.Latin1.GetString(bytes);
    }

    /// <summary>The values of <paramref name="text"/> as written; none when it is empty.</summary>
    public static string[] Values(DicomVR vr, string text) =>
        text.Length == 0 ? [] : vr.IsMultiValued ? text.Split('\\') : [text];

    /// <summary>How many values <paramref name="text"/> holds; none when it is only padding (a zero-length value, PS3.5 §7.4).</summary>
    public static int Count(DicomVR vr, string text)
    {
        var span = text.AsSpan();
        if (span.TrimEnd(" \0").IsEmpty) return 0;
        return vr.IsMultiValued ? span.Count('\\') + 1 : 1;
    }
}
