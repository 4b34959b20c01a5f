namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// A patient, study, series or instance of the archive as a query at that level sees it: its instances, and its
/// attributes — those of its first instance that describe its level or a level above (<see cref="QueryKeys"/>), plus
/// the computed attributes a query asks for.
/// </summary>
internal sealed record ArchiveEntity(QueryRetrieveLevel Level, IReadOnlyList<ArchivedInstance> Instances, DicomDataset Attributes)
{
    /// <summary>The entities at <paramref name="level"/>, in the order their first instance arrived.</summary>
    public static IEnumerable<ArchiveEntity> At(QueryRetrieveLevel level, IReadOnlyList<ArchivedInstance> archive, IReadOnlySet<DicomTag> wanted) =>
        archive.GroupBy(instance => instance.KeyAt(level)).Select(group =>
        {
            var first = group.First();
            var attributes = first.Attributes.Clone();
            attributes.RemoveAll(tag => QueryKeys.LevelOf(tag).Depth > level.Depth && !IsContext(tag));
            ComputedAttributes.AddTo(attributes, level, first, archive, wanted);
            return new ArchiveEntity(level, [.. group], attributes);
        });

    /// <summary>Attributes that say how the others are encoded.</summary>
    private static bool IsContext(DicomTag tag) => tag == DicomTags.SpecificCharacterSet || tag == DicomTags.TimezoneOffsetFromUTC;
}
