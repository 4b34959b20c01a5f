namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>
/// The character set in force inside a sequence item, PS3.5 §7.5.3 and PS3.3 C.12.1.1.2: an item
/// that has Specific Character Set (0008,0005) uses its own; an item without it inherits the set of
/// the data set (or item) that contains the sequence.
/// </summary>
public static class CharacterSetScope
{
    /// <summary>
    /// The item's own set when it has (0008,0005) (<paramref name="itemSpecificCharacterSet"/> not null;
    /// an empty list is the default repertoire), else <paramref name="parent"/>.
    /// </summary>
    public static DicomCharacterSet Inherit(DicomCharacterSet parent, IReadOnlyList<string>? itemSpecificCharacterSet,
        ICollection<CharacterSetFinding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return itemSpecificCharacterSet is null ? parent : DicomCharacterSet.Parse(itemSpecificCharacterSet, findings);
    }

    /// <summary>The item's already parsed set when it has one, else <paramref name="parent"/>.</summary>
    public static DicomCharacterSet InheritParsed(DicomCharacterSet parent, DicomCharacterSet? itemCharacterSet)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return itemCharacterSet ?? parent;
    }
}
