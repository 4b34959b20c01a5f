using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom;

/// <summary>
/// The public data dictionary of PS3.6 Table 6-1, the command elements of PS3.7 Table E.1-1, and a
/// small private dictionary keyed by private creator. The tables are generated
/// (<c>DicomDictionary.Generated.cs</c>); this part indexes and looks them up.
/// </summary>
public static partial class DicomDictionary
{
    private static readonly DicomDictionaryEntry[] _entries = CreatePublicEntries();

    private static readonly FrozenDictionary<uint, DicomDictionaryEntry> _exact =
        _entries.Where(e => !e.IsRange).ToFrozenDictionary(e => e.Tag.Value);

    /// <summary>Ranges, the narrowest (most mask bits) first, so (0028,04x0) wins over a wider range.</summary>
    private static readonly DicomDictionaryEntry[] _ranges =
        [.. _entries.Where(e => e.IsRange).OrderByDescending(e => uint.PopCount(e.Mask)).ThenBy(e => e.Tag)];

    private static readonly FrozenDictionary<string, DicomDictionaryEntry> _byKeyword =
        _entries.Where(e => e.Keyword.Length > 0).ToFrozenDictionary(e => e.Keyword, StringComparer.Ordinal);

    private static readonly FrozenDictionary<PrivateKey, DicomDictionaryEntry> _private =
        CreatePrivateEntries().ToFrozenDictionary(p => new PrivateKey(p.Creator, p.Entry.Tag.Group, (byte)p.Entry.Tag.Element), p => p.Entry);

    /// <summary>Every public entry (ranges included), sorted by tag.</summary>
    public static IReadOnlyList<DicomDictionaryEntry> Entries => _entries;

    /// <summary>
    /// The entry for <paramref name="tag"/>: an exact entry, else group length (gggg,0000), else for a
    /// private group the creator element or the private entry of <paramref name="privateCreator"/>,
    /// else a public range. Null when nothing is known.
    /// </summary>
    public static DicomDictionaryEntry? Lookup(DicomTag tag, string? privateCreator = null)
    {
        if (_exact.TryGetValue(tag.Value, out var exact)) return exact;
        if (tag.IsGroupLength) return SyntheticEntries.GroupLength(tag);
        if (tag.IsPrivate) return LookupPrivate(tag, privateCreator);
        return Array.Find(_ranges, range => range.Matches(tag));
    }

    public static bool TryLookup(string keyword, [NotNullWhen(true)] out DicomDictionaryEntry? entry) =>
        _byKeyword.TryGetValue(keyword, out entry);

    /// <summary>The VR to read an implicit-VR element with: the entry's first VR, UN when the tag is unknown.</summary>
    public static DicomVR DefaultVR(DicomTag tag, string? privateCreator = null) =>
        Lookup(tag, privateCreator)?.DefaultVR ?? DicomVR.UN;

    private static DicomDictionaryEntry? LookupPrivate(DicomTag tag, string? privateCreator)
    {
        if (tag.IsPrivateCreator) return SyntheticEntries.PrivateCreator(tag);
        if (privateCreator is null || tag.Element < 0x1000) return null;
        var key = new PrivateKey(privateCreator.Trim(), tag.Group, (byte)tag.Element);
        return _private.GetValueOrDefault(key);
    }

    private readonly record struct PrivateKey(string Creator, ushort Group, byte Element);
}
