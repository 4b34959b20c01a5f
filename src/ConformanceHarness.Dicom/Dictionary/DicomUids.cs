namespace ConformanceHarness.Dicom;

/// <summary>
/// The UID registry, PS3.6 Table A-1: transfer syntaxes, SOP classes, well-known instances and the
/// other UIDs the harness names. Constants and the table are generated (<c>DicomUids.Generated.cs</c>);
/// the table is parsed on first use.
/// </summary>
public static partial class DicomUids
{
    private static readonly (DicomUidEntry[] Entries, HashSet<string> Storage) _table = UidTable.Read(Rows, EntryCount);

    private static readonly DicomUidEntry[] _entries = _table.Entries;

    private static readonly Dictionary<string, DicomUidEntry> _byUid = _entries.ToDictionary(e => e.Uid, StringComparer.Ordinal);

    private static readonly HashSet<string> _storageSopClasses = _table.Storage;

    /// <summary>Every registered UID, sorted by its numeric components.</summary>
    public static IReadOnlyList<DicomUidEntry> All => _entries;

    /// <summary>The entry for <paramref name="uid"/> (a trailing NUL or space pad is ignored); null when unregistered.</summary>
    public static DicomUidEntry? Lookup(string uid) => _byUid.GetValueOrDefault(Unpad(uid));

    /// <summary>True for a Storage SOP class (PS3.4 Annex B), retired ones included.</summary>
    public static bool IsStorageSopClass(string uid) => _storageSopClasses.Contains(Unpad(uid));

    private static string Unpad(string uid) => uid.TrimEnd('\0', ' ');
}
