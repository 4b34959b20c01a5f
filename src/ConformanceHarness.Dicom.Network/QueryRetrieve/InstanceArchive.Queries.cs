namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

public sealed partial class InstanceArchive
{
    /// <summary>The C-FIND response identifiers for <paramref name="query"/>, one per matching entity at its level, in
    /// arrival order; computed lazily, so a cancelled query stops early.</summary>
    /// <param name="retrieveAeTitle">Returned as Retrieve AE Title (0008,0054) when the query asks for it.</param>
    public IEnumerable<DicomDataset> Find(QueryIdentifier query, string retrieveAeTitle)
    {
        var wanted = query.Keys.Select(key => key.Tag).ToHashSet();
        return ArchiveEntity.At(query.Level, Instances, wanted)
            .Where(entity => query.Matches(entity.Attributes))
            .Select(entity => FindResponse.Build(query, entity.Attributes, retrieveAeTitle));
    }

    /// <summary>The instances of every entity matching a C-MOVE or C-GET identifier, in arrival order.</summary>
    public IReadOnlyList<ArchivedInstance> Retrieve(QueryIdentifier query)
    {
        var wanted = new HashSet<DicomTag>();
        return [.. ArchiveEntity.At(query.Level, Instances, wanted)
            .Where(entity => query.Matches(entity.Attributes))
            .SelectMany(entity => entity.Instances)];
    }
}
