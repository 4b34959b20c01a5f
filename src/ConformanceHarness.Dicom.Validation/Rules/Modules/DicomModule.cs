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
    /// makes it mandatory (M); when it is conditional or user-optional (C, U), only when one of its top-level attributes
    /// is present; never when the IOD of a described SOP class does not have it. When the SOP class is none of
    /// <paramref name="describedSopClasses"/> (missing, unregistered, private), a module every described IOD makes
    /// mandatory (of the covered ones, SOP Common) applies whatever the IOD, the others only when present.
    /// </summary>
    public bool AppliesTo(DicomDataset dataset, IReadOnlySet<string> describedSopClasses) =>
        AppliesTo(dataset, dataset.GetStringOrDefault(DicomTags.SOPClassUID, ""), describedSopClasses);

    /// <summary>As <see cref="AppliesTo(DicomDataset, IReadOnlySet{string})"/>, the SOP Class UID already read.</summary>
    public bool AppliesTo(DicomDataset dataset, string sopClass, IReadOnlySet<string> describedSopClasses)
    {
        if (UsageBySopClass.TryGetValue(sopClass, out var usage)) return usage == "M" || IsPresent(dataset);
        return !describedSopClasses.Contains(sopClass) && (IsMandatoryInEvery(describedSopClasses) || IsPresent(dataset));
    }

    /// <remarks>Asked only for an instance whose SOP class no described IOD has (rare): not worth caching.</remarks>
    private bool IsMandatoryInEvery(IReadOnlySet<string> describedSopClasses) =>
        describedSopClasses.All(sopClass => UsageBySopClass.TryGetValue(sopClass, out var usage) && usage == "M");

    private bool IsPresent(DicomDataset dataset) => Attributes.Any(a => dataset.Contains(a.Tag));

    public override string ToString() => $"{Name} module ({Table})";
}
