using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>uid-syntax</c>: every value of every UI element against PS3.5 §9.1 through <see cref="DicomUid.Validate"/>:
/// at most 64 bytes, only digits and dots, no empty component, no leading zero in a component. A first component
/// other than 0, 1 or 2 (no ISO/IEC 8824 root arc) is a warning: the Ontario spec §2.2 calls it plausibility only.
/// An empty value among several is an empty UID; a wholly empty element is a zero-length value, not judged here.
/// </summary>
public sealed class UidSyntaxRule : ElementRule
{
    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        if (item is not DicomElement { Length: > 0 } element || element.VR != DicomVR.UI) return;
        var values = ElementText.Values(DicomVR.UI, ElementText.Decode(element, scope));
        for (var i = 0; i < values.Length; i++)
            foreach (var violation in DicomUid.Validate(values[i]))
                findings.Add(scope.Finding(SeverityOf(violation), ValueRuleSet.UidSyntax, element.Tag,
                    $"{scope.Describe(element.Tag)} value {i + 1}: {violation.Message} (PS3.5 §9.1) [{violation.Code}]", values[i]));
    }

    private static DicomFindingSeverity SeverityOf(ValueViolation violation) =>
        violation.Code == ValueViolationCodes.UidBadRoot ? DicomFindingSeverity.Warning : DicomFindingSeverity.Error;
}
