using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Values;

/// <summary>
/// <c>group-length</c>, PS3.5 §7.2: a group length (gggg,0000) outside the file meta group 0002 is retired (a warning);
/// any group length present, 0002 included, holds the byte count of the rest of its group as encoded in the file's
/// transfer syntax (an error when it does not; the writer's own length calculator counts). A top-level group at or
/// after Pixel Data is not counted when Pixel Data was not read (header-only reading stops before it).
/// </summary>
public sealed class GroupLengthRule : ElementRule
{
    private const ushort FileMetaGroup = 0x0002;

    protected override void CheckItem(DicomItem item, ElementScope scope, List<DicomFinding> findings)
    {
        if (!item.Tag.IsGroupLength || item.Tag.Group == 0x0000) return;
        var group = item.Tag.Group;
        if (group != FileMetaGroup)
            findings.Add(scope.Finding(DicomFindingSeverity.Warning, ValueRuleSet.GroupLength, item.Tag,
                $"group length {item.Tag} is retired outside group 0002 (PS3.5 §7.2)"));
        if (item is not DicomElement { Length: 4 } element || element.VR != DicomVR.UL || !IsComplete(scope, group)) return;
        var declared = scope.Dataset.GetSingleValue<uint>(element.Tag);
        var actual = new DicomLengthCalculator(scope.TransferSyntax, DicomWriteOptions.Default).OfGroup(scope.Dataset, group);
        if (declared != actual)
            findings.Add(scope.Finding(DicomFindingSeverity.Error, ValueRuleSet.GroupLength, element.Tag,
                $"group length {element.Tag} is {declared}, but the rest of group {group:X4} takes {actual} bytes in {scope.TransferSyntax.Name} (PS3.5 §7.2)",
                declared.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static bool IsComplete(ElementScope scope, ushort group) =>
        !scope.IsRoot || group < DicomReadOptions.PixelData.Group || scope.Dataset.Contains(DicomReadOptions.PixelData);
}
