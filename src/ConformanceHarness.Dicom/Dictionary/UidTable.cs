namespace ConformanceHarness.Dicom;

/// <summary>Parses the rows of <c>DicomUids.Generated.cs</c> (format described there).</summary>
internal static class UidTable
{
    /// <summary>The entries in table order, and the UIDs flagged as Storage SOP classes.</summary>
    public static (DicomUidEntry[] Entries, HashSet<string> Storage) Read(ReadOnlySpan<byte> rows, int count)
    {
        var entries = new List<DicomUidEntry>(count);
        var storage = new HashSet<string>(StringComparer.Ordinal);
        var reader = new TableReader(rows);
        while (reader.NextRow())
        {
            var uid = reader.NextString();
            var keyword = reader.NextString();
            var type = Enum.Parse<DicomUidType>(reader.NextString());
            var retired = reader.NextFlag();
            if (reader.NextFlag()) storage.Add(uid);
            entries.Add(new DicomUidEntry(uid, reader.NextString(), keyword, type, retired));
        }
        return ([.. entries], storage);
    }
}
