namespace ConformanceHarness.Dicom;

/// <summary>
/// One row of the data dictionary, PS3.6 Table 6-1 (or PS3.7 Table E.1-1 for command elements):
/// a tag or a repeating range of tags, its keyword, name, value representation(s), value multiplicity
/// and retired flag.
/// </summary>
/// <param name="Tag">The tag, with the masked-out digits of a range ("xx") set to zero.</param>
/// <param name="Mask">
/// The bits of <paramref name="Tag"/> a tag must share to match: 0xFFFFFFFF for one tag, 0xFF00FFFF for
/// (60xx,3000), 0xFFFF0000 for (1010,xxxx), 0xFFFFFF0F for (0028,04x0).
/// </param>
/// <param name="ValueRepresentations">
/// The VRs the standard allows, in its order ("US or SS" gives US, SS); empty when the standard gives
/// none (the item delimiters, "See Note 2").
/// </param>
public sealed record DicomDictionaryEntry(DicomTag Tag, uint Mask, string Keyword, string Name,
    IReadOnlyList<DicomVR> ValueRepresentations, string ValueMultiplicity, bool IsRetired)
{
    /// <summary>The VR to assume when none is encoded (implicit VR): the first one listed, UN when none is.</summary>
    public DicomVR DefaultVR => ValueRepresentations.Count > 0 ? ValueRepresentations[0] : DicomVR.UN;

    /// <summary>True when this entry covers <paramref name="tag"/>: it equals Tag in every bit of Mask.</summary>
    public bool Matches(DicomTag tag) => (tag.Value & Mask) == (Tag.Value & Mask);

    /// <summary>True when this entry is a range such as (60xx,3000) rather than one tag.</summary>
    public bool IsRange => Mask != uint.MaxValue;
}
