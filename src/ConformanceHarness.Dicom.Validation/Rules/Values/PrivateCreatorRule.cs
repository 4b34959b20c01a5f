using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>private-creator</c>, PS3.5 §7.8.1: a private data element (gggg,xxyy) needs the private creator (gggg,00xx)
/// that reserves its block in the same data set (an item's elements need one in the item), and each private creator
/// element is a non-empty LO.
/// </summary>
public sealed class PrivateCreatorRule : ElementRule
{
    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        var tag = item.Tag;
        if (!tag.IsPrivate || tag.IsGroupLength) return;
        if (tag.IsPrivateCreator)
            CheckCreator(item, scope, findings);
        else if (tag.PrivateCreator is { } creator && !scope.Dataset.Contains(creator))
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.PrivateCreator, tag,
                $"private element {tag} has no private creator {creator} reserving block {tag.Element >> 8:X2} in its data set (PS3.5 §7.8.1)"));
    }

    private static void CheckCreator(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        if (item.VR != DicomVR.LO || item is not DicomElement element)
        {
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.PrivateCreator, item.Tag,
                $"private creator {item.Tag} is {item.VR}; a private creator is LO (PS3.5 §7.8.1)"));
            return;
        }
        var name = ElementText.Decode(element, scope);
        if (name.AsSpan().Trim(' ').IsEmpty)
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.PrivateCreator, item.Tag,
                $"private creator {item.Tag} is empty; it names the creator reserving block {item.Tag.Element:X2} (PS3.5 §7.8.1)", name));
    }
}
