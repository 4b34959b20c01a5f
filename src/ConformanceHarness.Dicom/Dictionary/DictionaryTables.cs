namespace ConformanceHarness.Dicom;

/// <summary>Parses the rows of <c>DicomDictionary.Generated.cs</c> into entries (formats described there).</summary>
internal static class DictionaryTables
{
    private const uint PrivateMask = 0xFFFF00FF;

    private static readonly Dictionary<int, DicomVR> _vrByCode = DicomVR.All.ToDictionary(vr => (vr.Code[0] << 8) | vr.Code[1]);

    public static DicomDictionaryEntry[] ReadPublic(ReadOnlySpan<byte> rows, int count)
    {
        var entries = new List<DicomDictionaryEntry>(count);
        var reader = new TableReader(rows);
        while (reader.NextRow())
        {
            var (tag, mask) = reader.NextTagPattern();
            entries.Add(new(DicomTag.FromValue(tag), mask, reader.NextString(), reader.NextString(),
                ReadVRs(reader.NextField()), ReadMultiplicity(reader.NextField()), reader.NextFlag()));
        }
        return [.. entries];
    }

    public static Dictionary<PrivateKey, DicomDictionaryEntry> ReadPrivate(ReadOnlySpan<byte> rows, int count)
    {
        var entries = new Dictionary<PrivateKey, DicomDictionaryEntry>(count);
        var reader = new TableReader(rows);
        while (reader.NextRow())
        {
            var creator = reader.NextString();
            var tag = DicomTag.FromValue(reader.NextTagPattern().Tag);
            var entry = new DicomDictionaryEntry(tag, PrivateMask, reader.NextString(), reader.NextString(),
                ReadVRs(reader.NextField()), ReadMultiplicity(reader.NextField()), IsRetired: false);
            entries.Add(new PrivateKey(creator, tag.Group, (byte)tag.Element), entry);
        }
        return entries;
    }

    /// <summary>"US/SS/OW" gives US, SS, OW; an empty field gives none.</summary>
    private static DicomVR[] ReadVRs(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty) return [];
        var vrs = new DicomVR[(field.Length + 1) / 3];
        for (var i = 0; i < vrs.Length; i++)
            vrs[i] = _vrByCode.TryGetValue((field[i * 3] << 8) | field[(i * 3) + 1], out var vr)
                ? vr
                : throw new InvalidDataException($"'{System.Text.Encoding.UTF8.GetString(field)}' holds an unknown VR");
        return vrs;
    }

    /// <summary>The common multiplicities are shared strings; others are decoded.</summary>
    private static string ReadMultiplicity(ReadOnlySpan<byte> field) => field switch
    {
        [(byte)'1'] => "1",
        [(byte)'2'] => "2",
        [(byte)'3'] => "3",
        _ when field.SequenceEqual("1-n"u8) => "1-n",
        _ => System.Text.Encoding.UTF8.GetString(field),
    };
}
