using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom;

/// <summary>
/// The public data dictionary of PS3.6 Table 6-1, the command elements of PS3.7 Table E.1-1, and a
/// small private dictionary keyed by private creator. The tables are generated as data
/// (<c>DicomDictionary.Generated.cs</c>); this part parses them on first use, indexes and looks them up.
/// </summary>
public static partial class DicomDictionary
{
    /// <summary>Every public entry (ranges included), sorted by tag.</summary>
    public static IReadOnlyList<DicomDictionaryEntry> Entries => PublicTable.Entries;

    /// <summary>
    /// The entry for <paramref name="tag"/>: an exact entry, else group length (gggg,0000), else for a
    /// private group the creator element or the private entry of <paramref name="privateCreator"/>,
    /// else a public range. Null when nothing is known.
    /// </summary>
    public static DicomDictionaryEntry? Lookup(DicomTag tag, string? privateCreator = null)
    {
        if (PublicTable.Exact.TryGetValue(tag.Value, out var exact)) return exact;
        if (tag.IsGroupLength) return SyntheticEntries.GroupLength(tag);
        if (tag.IsPrivate) return LookupPrivate(tag, privateCreator);
        return LookupRange(tag);
    }

    public static bool TryLookup(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry) =>
        KeywordIndex.ByKeyword.TryGetValue(keyword, out entry);

    /// <summary>The VR to read an implicit-VR element with: the entry's first VR, UN when the tag is unknown.</summary>
    public static DicomVR DefaultVR(DicomTag tag, string? privateCreator = null) =>
        Lookup(tag, privateCreator)?.DefaultVR ?? DicomVR.UN;

    private static DicomDictionaryEntry? LookupRange(DicomTag tag)
    {
        foreach (var range in PublicTable.Ranges)
            if (range.Matches(tag)) return range;
        return null;
    }

    private static DicomDictionaryEntry? LookupPrivate(DicomTag tag, string? privateCreator)
    {
        if (tag.IsPrivateCreator) return SyntheticEntries.PrivateCreator(tag);
        if (privateCreator is null || tag.Element < 0x1000) return null;
        var key = new PrivateKey(privateCreator.Trim(), tag.Group, (byte)tag.Element);
        return PrivateTable.ByKey.GetValueOrDefault(key);
    }

    /// <summary>The public table, parsed the first time a public lookup needs it.</summary>
    private static class PublicTable
    {
        public static readonly DicomDictionaryEntry[] Entries = DictionaryTables.ReadPublic(PublicRows, PublicEntryCount);

        public static readonly Dictionary<uint, DicomDictionaryEntry> Exact =
            Entries.Where(e => !e.IsRange).ToDictionary(e => e.Tag.Value);

        /// <summary>Ranges, the narrowest (most mask bits) first, so (0028,04x0) wins over a wider range.</summary>
        public static readonly DicomDictionaryEntry[] Ranges =
            [.. Entries.Where(e => e.IsRange).OrderByDescending(e => uint.PopCount(e.Mask)).ThenBy(e => e.Tag)];
    }

    /// <summary>Built on the first keyword lookup only; reading files never needs it.</summary>
    private static class KeywordIndex
    {
        public static readonly Dictionary<string, DicomDictionaryEntry> ByKeyword =
            PublicTable.Entries.Where(e => e.Keyword.Length > 0).ToDictionary(e => e.Keyword, StringComparer.Ordinal);
    }

    private static class PrivateTable
    {
        public static readonly Dictionary<PrivateKey, DicomDictionaryEntry> ByKey = DictionaryTables.ReadPrivate(PrivateRows, PrivateEntryCount);
    }
}
