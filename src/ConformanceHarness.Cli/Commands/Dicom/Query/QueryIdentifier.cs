using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Query;

/// <summary>
/// Builds the identifier of a C-FIND, C-MOVE or C-GET from the <c>-k</c> keys and the level, PS3.4 C.4.1.1.3: Query/Retrieve
/// Level (0008,0052), then each key, empty for return keys. A value that is not ASCII makes the identifier UTF-8
/// (Specific Character Set ISO_IR 192) unless a -k SpecificCharacterSet says otherwise.
/// </summary>
public static class QueryIdentifier
{
    private const string Utf8CharacterSet = "ISO_IR 192";

    public static DicomDataset Build(IReadOnlyList<QueryKey> keys, string level)
    {
        if (keys.FirstOrDefault(key => key.Tag == DicomTags.QueryRetrieveLevel) is not null)
            throw new HarnessError("give the level with --level, not -k QueryRetrieveLevel");
        var identifier = new DicomDataset();
        identifier.AddOrUpdate(DicomTags.QueryRetrieveLevel, level);
        var characterSet = keys.FirstOrDefault(key => key.Tag == DicomTags.SpecificCharacterSet);
        if (characterSet is not null) Add(identifier, characterSet);
        else if (keys.Any(key => key.Value?.Any(c => c > '~') == true)) identifier.AddOrUpdate(DicomTags.SpecificCharacterSet, Utf8CharacterSet);
        foreach (var key in keys.Where(key => key != characterSet)) Add(identifier, key);
        return identifier;
    }

    private static void Add(DicomDataset identifier, QueryKey key)
    {
        if (key.VR == DicomVR.SQ)
        {
            identifier.AddOrUpdate(new DicomSequence(key.Tag));
            return;
        }
        var bytes = Array.Empty<byte>();
        if (key.Value is { } value && !DicomStringDecoder.TryEncode(value, key.VR, identifier.CharacterSet, out bytes, out var problem))
            throw new HarnessError($"-k {key.Keyword}={value}: cannot be encoded in character set '{string.Join('\\', identifier.CharacterSet)}': {problem}");
        identifier.AddOrUpdate(new DicomElement(key.Tag, key.VR, bytes.Length % 2 == 0 ? bytes : [.. bytes, key.VR.Padding]));
    }
}
