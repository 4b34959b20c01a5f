namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// The attributes an archive computes rather than stores, PS3.4 C.6.1.1.2–C.6.1.1.4: the numbers of related studies,
/// series and instances, Modalities in Study and SOP Classes in Study, each over the instances of the patient, study
/// or series it describes.
/// </summary>
internal static class ComputedAttributes
{
    private sealed record Computed(DicomTag Tag, QueryRetrieveLevel Level, Func<IReadOnlyList<ArchivedInstance>, string[]> Values);

    private static readonly Computed[] All =
    [
        new(DicomTags.NumberOfPatientRelatedStudies, QueryRetrieveLevel.Patient, instances => Count(instances, QueryRetrieveLevel.Study)),
        new(DicomTags.NumberOfPatientRelatedSeries, QueryRetrieveLevel.Patient, instances => Count(instances, QueryRetrieveLevel.Series)),
        new(DicomTags.NumberOfPatientRelatedInstances, QueryRetrieveLevel.Patient, instances => Count(instances, QueryRetrieveLevel.Image)),
        new(DicomTags.NumberOfStudyRelatedSeries, QueryRetrieveLevel.Study, instances => Count(instances, QueryRetrieveLevel.Series)),
        new(DicomTags.NumberOfStudyRelatedInstances, QueryRetrieveLevel.Study, instances => Count(instances, QueryRetrieveLevel.Image)),
        new(DicomTags.ModalitiesInStudy, QueryRetrieveLevel.Study,
            instances => [.. instances.Select(instance => instance.Attributes.GetStringOrDefault(DicomTags.Modality, "")).Where(modality => modality.Length > 0).Distinct()]),
        new(DicomTags.SOPClassesInStudy, QueryRetrieveLevel.Study, instances => [.. instances.Select(instance => instance.SopClassUid).Distinct()]),
        new(DicomTags.NumberOfSeriesRelatedInstances, QueryRetrieveLevel.Series, instances => Count(instances, QueryRetrieveLevel.Image)),
    ];

    /// <summary>Adds to <paramref name="entity"/> the computed attributes among <paramref name="wanted"/> that describe
    /// its level or a level above, each over the instances sharing <paramref name="representative"/>'s entity at that level.</summary>
    public static void AddTo(DicomDataset entity, QueryRetrieveLevel level, ArchivedInstance representative,
        IReadOnlyList<ArchivedInstance> archive, IReadOnlySet<DicomTag> wanted)
    {
        foreach (var computed in All.Where(computed => computed.Level.Depth <= level.Depth && wanted.Contains(computed.Tag)))
        {
            var key = representative.KeyAt(computed.Level);
            var related = archive.Where(instance => instance.KeyAt(computed.Level) == key).ToList();
            entity.AddOrUpdate(computed.Tag, computed.Values(related));
        }
    }

    private static string[] Count(IReadOnlyList<ArchivedInstance> instances, QueryRetrieveLevel of) =>
        [instances.Select(instance => instance.KeyAt(of)).Distinct().Count().ToString(System.Globalization.CultureInfo.InvariantCulture)];
}
