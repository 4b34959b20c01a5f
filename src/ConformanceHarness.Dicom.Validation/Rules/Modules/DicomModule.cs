namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// A module of PS3.3 as the module data holds it: id (<c>general-study</c>), name, table, link to the standard, its usage
/// (<c>M</c>, <c>C</c>, <c>U</c>) in the IOD of each Storage SOP class that has it, and its attributes.
/// </summary>
public sealed record DicomModule(
    string Id,
    string Name,
    string Table,
    string Link,
    IReadOnlyDictionary<string, string> UsageBySopClass,
    IReadOnlyList<ModuleAttribute> Attributes)
{
    /// <summary>
    /// Whether the module's attributes are checked in <paramref name="dataset"/>: always when the IOD of its SOP class
    /// makes it mandatory (M); when it is conditional or user-optional (C, U), or the SOP class is none of
    /// <paramref name="describedSopClasses"/>, only when one of its top-level attributes is present; never when the
    /// IOD of a described SOP class does not have it.
    /// </summary>
    public bool AppliesTo(DicomDataset dataset, IReadOnlySet<string> describedSopClasses) =>
        AppliesTo(dataset, dataset.GetStringOrDefault(DicomTags.SOPClassUID, ""), describedSopClasses);

    /// <summary>As <see cref="AppliesTo(DicomDataset, IReadOnlySet{string})"/>, the SOP Class UID already read.</summary>
    public bool AppliesTo(DicomDataset dataset, string sopClass, IReadOnlySet<string> describedSopClasses)
    {
        if (UsageBySopClass.TryGetValue(sopClass, out var usage)) return usage == "M" || IsPresent(dataset);
        return !describedSopClasses.Contains(sopClass) && IsPresent(dataset);
    }

    private bool IsPresent(DicomDataset dataset) => Attributes.Any(a => dataset.Contains(a.Tag));

    public override string ToString() => $"{Name} module ({Table})";
}
