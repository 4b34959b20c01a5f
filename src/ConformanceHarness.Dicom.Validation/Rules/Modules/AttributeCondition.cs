namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// One clause of a 1C/2C condition as the module data expresses it (<c>present</c>, <c>absent</c>, <c>equals</c>,
/// <c>notEquals</c> an attribute of the same item, or <c>sopClass</c> of the instance); all clauses must hold.
/// </summary>
public sealed record AttributeCondition(string Kind, DicomTag? Tag, IReadOnlyList<string> Values)
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(["present", "absent", "equals", "notEquals", "sopClass"], StringComparer.Ordinal);

    /// <summary>Whether the clause holds in <paramref name="item"/> (the data set holding the attribute) of the instance <paramref name="root"/>.</summary>
    public bool Holds(DicomDataset item, DicomDataset root) => Kind switch
    {
        "present" => item.Contains(Tag!.Value),
        "absent" => !item.Contains(Tag!.Value),
        "equals" => item.TryGetString(Tag!.Value, out var value) && Values.Contains(value),
        "notEquals" => item.TryGetString(Tag!.Value, out var other) && !Values.Contains(other),
        _ => root.TryGetString(DicomTags.SOPClassUID, out var sopClass) && Values.Contains(sopClass),
    };

    public override string ToString() => Tag is { } tag ? $"{Kind} {tag} {string.Join('|', Values)}".TrimEnd() : $"{Kind} {string.Join('|', Values)}";
}
