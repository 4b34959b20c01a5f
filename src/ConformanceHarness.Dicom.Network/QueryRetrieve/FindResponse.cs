namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// The identifier of a C-FIND Pending response, PS3.4 C.4.1.1.3.2 and C.4.1.2.2: every key of the request with the
/// matching entity's value (empty when it has none or the key is below the query level), the level's unique key,
/// Query/Retrieve Level, the entity's Specific Character Set when it has one (the values keep its encoding) and its
/// Timezone Offset From UTC when the request has one.
/// Retrieve AE Title and Instance Availability, when asked for, name this archive and say ONLINE.
/// </summary>
internal static class FindResponse
{
    private const string Online = "ONLINE";

    public static DicomDataset Build(QueryIdentifier query, DicomDataset entity, string retrieveAeTitle)
    {
        var response = new DicomDataset();
        if (entity.TryGetItem(DicomTags.SpecificCharacterSet, out var characterSet)) response.AddOrUpdate(characterSet);
        response.AddOrUpdate(DicomTags.QueryRetrieveLevel, query.Level.Code);
        foreach (var key in query.Keys) response.AddOrUpdate(Value(key, entity, retrieveAeTitle));
        if (!response.Contains(query.Level.UniqueKey) && entity.TryGetItem(query.Level.UniqueKey, out var unique)) response.AddOrUpdate(unique);
        if (query.Identifier.Contains(DicomTags.TimezoneOffsetFromUTC) && entity.TryGetItem(DicomTags.TimezoneOffsetFromUTC, out var offset)) response.AddOrUpdate(offset);
        return response;
    }

    private static DicomItem Value(MatchingKey key, DicomDataset entity, string retrieveAeTitle)
    {
        if (entity.TryGetItem(key.Tag, out var value)) return value;
        if (key.Tag == DicomTags.RetrieveAETitle) return Text(key, retrieveAeTitle);
        if (key.Tag == DicomTags.InstanceAvailability) return Text(key, Online);
        return key.Key is DicomSequence ? new DicomSequence(key.Tag) : new DicomElement(key.Tag, key.Key.VR, []);
    }

    private static DicomElement Text(MatchingKey key, string value) => new DicomDataset().AddOrUpdate(key.Tag, value).GetElement(key.Tag);
}
