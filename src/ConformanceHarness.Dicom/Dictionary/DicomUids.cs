using System.Collections.Frozen;

namespace ConformanceHarness.Dicom;

/// <summary>
/// The UID registry, PS3.6 Table A-1: transfer syntaxes, SOP classes, well-known instances and the
/// other UIDs the harness names. Constants and tables are generated (<c>DicomUids.Generated.cs</c>).
/// </summary>
public static partial class DicomUids
{
    private static readonly DicomUidEntry[] _entries = CreateEntries();

    private static readonly FrozenDictionary<string, DicomUidEntry> _byUid =
        _entries.ToFrozenDictionary(e => e.Uid, StringComparer.Ordinal);

    private static readonly FrozenSet<string> _storageSopClasses =
        CreateStorageSopClasses().ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every registered UID, sorted by its numeric components.</summary>
    public static IReadOnlyList<DicomUidEntry> All => _entries;

    /// <summary>The entry for <paramref name="uid"/> (a trailing NUL or space pad is ignored); null when unregistered.</summary>
    public static DicomUidEntry? Lookup(string uid) => _byUid.GetValueOrDefault(Unpad(uid));

    /// <summary>True for a Storage SOP class (PS3.4 Annex B), retired ones included.</summary>
    public static bool IsStorageSopClass(string uid) => _storageSopClasses.Contains(Unpad(uid));

    private static string Unpad(string uid) => uid.TrimEnd('\0', ' ');
}
