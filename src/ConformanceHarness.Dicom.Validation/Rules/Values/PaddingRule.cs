using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>padding</c>, from the raw bytes the codec keeps: every value length is even (PS3.5 §7.1.1), and a string value
/// ends with its VR's padding byte when it ends in one at all (PS3.5 §6.2): NUL (00H) for UI, space (20H) for every
/// other string VR. A UI ending in a space, or an SH ending in a NUL, is a finding.
/// </summary>
public sealed class PaddingRule : ElementRule
{
    private const byte Space = 0x20;
    private const byte Nul = 0x00;

    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        if (item is not DicomElement { Length: > 0 } element) return;
        if (element.Length % 2 == 1)
        {
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.Padding, element.Tag,
                $"{scope.Describe(element.Tag)}: {element.VR} value length {element.Length} is odd; values have an even length (PS3.5 §7.1.1)"));
            return;
        }
        if (!element.VR.IsString) return;
        var last = element.Bytes.Span[^1];
        var wrong = element.VR.Padding == Nul ? Space : Nul;
        if (last == wrong)
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.Padding, element.Tag,
                $"{scope.Describe(element.Tag)}: {element.VR} value is padded with {Name(wrong)}; {element.VR} pads with {Name(element.VR.Padding)} (PS3.5 §6.2)",
                ElementText.Decode(element, scope)));
    }

    private static string Name(byte padding) => padding == Nul ? "NUL (00H)" : "a space (20H)";
}
