using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom;

/// <summary>
/// Turns string values into text and back under the data set's Specific Character Set (0008,0005):
/// the single place the codec decodes strings, delegating to <see cref="DicomCharacterSet"/>
/// (ISO 2022 escapes, UTF-8, GB18030 …). VRs the character set does not apply to stay in the default repertoire.
/// </summary>
public static class DicomStringDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, DicomVR vr, IReadOnlyList<string> specificCharacterSet) =>
        DicomCharacterSet.Parse(specificCharacterSet).Decode(bytes, vr);

    /// <summary>The bytes of <paramref name="text"/>, or false with the reason when a character is outside the character set.</summary>
    public static bool TryEncode(string text, DicomVR vr, IReadOnlyList<string> specificCharacterSet, out byte[] bytes, out string? problem)
    {
        var findings = new List<CharacterSetFinding>();
        bytes = DicomCharacterSet.Parse(specificCharacterSet, findings).Encode(text, vr, findings);
        problem = findings.Count == 0 ? null : string.Join("; ", findings.Select(finding => finding.Message));
        return problem is null;
    }
}
