using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.StudySet;

namespace ConformanceHarness.Dicom.Validation.Rules;

/// <summary>
/// The rule group for cross-instance rules over a study set (spec §2.1 H2–H7, §2.4): hierarchy, attribute consistency
/// per patient / study / series, accession and order linkage, duplicates. Each keeps per-UID summaries only.
/// </summary>
public static class StudySetRuleSet
{
    public static IReadOnlyList<DicomRuleDefinition> Definitions { get; } =
    [
        Keyed("study-single-patient", "a study belongs to one patient (Patient ID + Issuer)", HierarchyObservations.StudyPatient),
        Keyed("series-single-study", "a series belongs to one study", HierarchyObservations.SeriesStudy),
        Keyed("series-single-modality", "a series has one Modality", HierarchyObservations.SeriesModality),
        Keyed("sop-instance-stable", "a SOP Instance UID stays in one series with one SOP class", HierarchyObservations.SopPlace),
        Keyed("sop-instance-same-content", "a SOP Instance UID sent twice has the same content (digest up to Pixel Data)", HierarchyObservations.SopContent),
        Keyed("sop-instance-unique", "a SOP Instance UID is in one file of the set (no copies)", HierarchyObservations.SopCopy, repeats: true),
        Keyed("uid-single-level", "a UID names one kind of entity (study, series, instance, frame of reference)", HierarchyObservations.UidLevels),
        Consistent(EntityLevel.Patient), Consistent(EntityLevel.Study), Consistent(EntityLevel.Series),
        Keyed("study-single-accession", "a study has one Accession Number (with its issuer)", AccessionObservations.StudyAccession),
        new("accession-order-linkage", "Request Attributes Sequence items name the instance's accession; a study links to one set of requested procedures, an accession to one patient",
            StudySet: _ => new AccessionOrderLinkageRule("accession-order-linkage")),
    ];

    private static DicomRuleDefinition Keyed(string name, string description, Func<InstanceContext, IEnumerable<Observation>> observe, bool repeats = false) =>
        new(name, description, StudySet: _ => new KeyedConsistencyRule(name, observe, repeats));

    private static DicomRuleDefinition Consistent(EntityLevel level) =>
        new($"{level.Name}-attributes-consistent", $"the {level.Name}-level attributes (parameter 'attributes', default dcentvfy's list) agree in every instance of a {level.Name}",
            StudySet: parameters => level.Rule($"{level.Name}-attributes-consistent", parameters));
}
