using System.Runtime.CompilerServices;
using ConformanceHarness.Dicom.CharacterSets;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>vr-value</c>: each value of a string VR against PS3.5 Table 6.2-1 through <see cref="DicomValueValidator"/>
/// (repertoire, leading spaces, maximum length, the formats of DA, TM, DT, AS, DS, IS, PN …), after decoding under
/// the character set in force: bytes that set does not define are the finding then. UI values are left to
/// <c>uid-syntax</c> and the padding byte to <c>padding</c>, so one fault is one finding. Binary VRs: the value
/// length is a whole number of values (US 2 bytes, UL 4, FD 8, AT 4 …).
/// </summary>
public sealed class VrValueRule : ElementRule
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        if (item is not DicomElement element || element.Length == 0) return;
        if (element.VR.IsString)
        {
            if (element.VR != DicomVR.UI) CheckText(element, scope, findings);
        }
        else if (element.VR.Kind is DicomVRKind.Binary or DicomVRKind.Bulk && element.Length % element.VR.UnitSize != 0)
        {
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.VrValue, element.Tag,
                $"{scope.Describe(element.Tag)}: {element.VR} value length {element.Length} is not a multiple of {element.VR.UnitSize} bytes (PS3.5 Table 6.2-1)"));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckText(DicomElement element, ElementScope scope, List<DicomFinding> findings)
    {
        var undefined = new List<CharacterSetFinding>(0);
        var text = ElementText.Decode(element, scope, undefined);
        if (undefined.Count > 0)
        {
            foreach (var bad in undefined)
                findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.VrValue, element.Tag,
                    $"{scope.Describe(element.Tag)}: {bad.Message} (character set '{scope.CharacterSet}') [{bad.Code}]", text));
            return;
        }
        var values = ElementText.Values(element.VR, text);
        for (var i = 0; i < values.Length; i++)
            foreach (var violation in DicomValueValidator.Validate(element.VR, values[i]))
                findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.VrValue, element.Tag,
                    $"{scope.Describe(element.Tag)} value {i + 1}: {violation.Message} [{violation.Code}]", values[i]));
    }
}
