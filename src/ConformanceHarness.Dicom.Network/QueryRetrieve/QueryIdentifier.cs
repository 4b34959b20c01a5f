namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// The identifier of a C-FIND, C-MOVE or C-GET read against an information model, PS3.4 C.4.1.2.1 and C.4.2.2.1: its
/// Query/Retrieve Level (0008,0052) and its keys. A query matches on the keys at its level and above (keys of lower
/// levels come back empty); a retrieve matches on the unique keys only, as C.4.2.2.1 allows no others.
/// </summary>
public sealed class QueryIdentifier
{
    /// <summary>Attributes of an identifier that describe it rather than ask for matching (they come back as context).</summary>
    private static readonly HashSet<DicomTag> NotKeys = [DicomTags.QueryRetrieveLevel, DicomTags.SpecificCharacterSet, DicomTags.TimezoneOffsetFromUTC];

    private QueryIdentifier(QueryRetrieveModel model, QueryRetrieveLevel level, DicomDataset identifier, IReadOnlyList<MatchingKey> keys, IReadOnlyList<MatchingKey> matching)
    {
        Model = model;
        Level = level;
        Identifier = identifier;
        Keys = keys;
        Matching = matching;
    }

    public QueryRetrieveModel Model { get; }

    public QueryRetrieveLevel Level { get; }

    public DicomDataset Identifier { get; }

    /// <summary>Every key of the identifier: the return keys of a C-FIND.</summary>
    public IReadOnlyList<MatchingKey> Keys { get; }

    /// <summary>The keys an entity must match.</summary>
    public IReadOnlyList<MatchingKey> Matching { get; }

    /// <summary>A C-FIND identifier: the unique key of every level above the query level must be a single value
    /// (hierarchical search, PS3.4 C.4.1.3.1.1).</summary>
    /// <exception cref="QueryIdentifierException">A900 for a missing or unknown level or unique key, C000 for an invalid key value.</exception>
    public static QueryIdentifier ForFind(QueryRetrieveModel model, DicomDataset identifier)
    {
        var (level, keys) = Read(model, identifier);
        foreach (var above in model.Above(level)) RequireUniqueKey(model, "C-FIND", level, above, keys, listAllowed: false);
        return new QueryIdentifier(model, level, identifier, keys, [.. keys.Where(key => QueryKeys.LevelOf(key.Tag).Depth <= level.Depth)]);
    }

    /// <summary>A C-MOVE or C-GET identifier: the unique keys of the level and above, a list of UIDs allowed at the level
    /// itself (PS3.4 C.4.2.2.1).</summary>
    /// <exception cref="QueryIdentifierException">A900 for a missing or unknown level or unique key, C000 for an invalid key value.</exception>
    public static QueryIdentifier ForRetrieve(QueryRetrieveModel model, DicomDataset identifier, string service)
    {
        var (level, keys) = Read(model, identifier);
        var unique = model.Above(level).Append(level)
            .Select(at => RequireUniqueKey(model, service, level, at, keys, listAllowed: at == level)).ToList();
        return new QueryIdentifier(model, level, identifier, keys, unique);
    }

    /// <summary>Whether <paramref name="entity"/> matches every key.</summary>
    public bool Matches(DicomDataset entity) => Matching.All(key => key.Matches(entity));

    private static (QueryRetrieveLevel Level, IReadOnlyList<MatchingKey> Keys) Read(QueryRetrieveModel model, DicomDataset identifier)
    {
        if (!identifier.TryGetString(DicomTags.QueryRetrieveLevel, out var code) || code.Length == 0)
            throw QueryIdentifierException.Mismatch("the identifier has no Query/Retrieve Level (0008,0052)");
        if (!QueryRetrieveLevel.TryParse(code, out var level) || !model.Levels.Contains(level))
            throw QueryIdentifierException.Mismatch($"Query/Retrieve Level '{code}' is not a level of the {model} model ({string.Join(", ", model.Levels)})");
        var keys = identifier.Where(item => !NotKeys.Contains(item.Tag) && !item.Tag.IsGroupLength && item.Tag.Group > 0x0002)
            .Select(item => MatchingKey.Parse(item, identifier)).ToList();
        return (level, keys);
    }

    private static MatchingKey RequireUniqueKey(QueryRetrieveModel model, string service, QueryRetrieveLevel level, QueryRetrieveLevel of,
        IReadOnlyList<MatchingKey> keys, bool listAllowed)
    {
        var key = keys.FirstOrDefault(candidate => candidate.Tag == of.UniqueKey);
        var allowed = key is { Kind: MatchingKind.SingleValue } && (listAllowed || key.Values.Count == 1) || listAllowed && key is { Kind: MatchingKind.ListOfUid };
        return allowed ? key! : throw QueryIdentifierException.Mismatch(
            $"{of.UniqueKeyName} needs {(listAllowed ? "one value or a list of UIDs" : "a single value")} in a {model} {service} at {level} level, " +
            $"but the identifier has {(key is null ? "none" : key.Kind == MatchingKind.Universal ? "it empty" : $"'{string.Join('\\', key.Values)}'")}");
    }
}
