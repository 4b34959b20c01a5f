using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// A level of the DICOM information model whose attributes must agree in every instance of one entity (spec §2.1
/// H5): how an instance names its entity, and the attributes compared by default. The defaults are those dcentvfy
/// compares at that level in the modules the Ontario rules cover (Patient; General Study and Patient Study; General
/// Series), without the ones a rule of their own checks: Patient ID and Issuer (the patient's key), Accession Number
/// and its issuer (<c>study-single-accession</c>), Modality (<c>series-single-modality</c>), Request Attributes
/// Sequence (<c>accession-order-linkage</c>).
/// </summary>
public sealed record EntityLevel(string Name, Func<DicomDataset, string> Key, IReadOnlyList<string> DefaultAttributes)
{
    public static EntityLevel Patient { get; } = new("patient", InstanceValues.Patient,
        ["PatientName", "PatientBirthDate", "PatientBirthTime", "PatientSex", "OtherPatientIDsSequence", "EthnicGroup", "PatientComments"]);

    public static EntityLevel Study { get; } = new("study", d => InstanceValues.Text(d, DicomTags.StudyInstanceUID),
        ["StudyDate", "StudyTime", "StudyID", "ReferringPhysicianName", "StudyDescription", "NameOfPhysiciansReadingStudy",
         "AdmittingDiagnosesDescription", "PatientAge", "PatientSize", "PatientWeight"]);

    public static EntityLevel Series { get; } = new("series", d => InstanceValues.Text(d, DicomTags.SeriesInstanceUID),
        ["SeriesNumber", "SeriesDescription", "SeriesDate", "SeriesTime", "Laterality", "BodyPartExamined", "ProtocolName",
         "PerformingPhysicianName", "OperatorsName"]);

    /// <summary>The rule over this level: parameter <c>attributes</c> (keywords or tags) replaces the default list.</summary>
    public IStudySetRule Rule(string ruleName, RuleParameters parameters)
    {
        var names = parameters.Has("attributes") ? parameters.Strings("attributes") : DefaultAttributes;
        var attributes = names.Select(name => Attribute(name, parameters))
            .Select(a => (a.Tag, Subject: (Func<string, string>)(key => $"{a.Keyword} differs within {Name} {key[..key.LastIndexOf(' ')]}"))).ToArray();
        return new KeyedConsistencyRule(ruleName, instance => Observe(instance.Dataset, attributes));
    }

    private IEnumerable<Observation> Observe(DicomDataset dataset, (DicomTag Tag, Func<string, string> Subject)[] attributes)
    {
        var key = Key(dataset);
        return attributes.Select(a => new Observation(key.Length == 0 ? "" : $"{key} {a.Tag}", InstanceValues.Text(dataset, a.Tag), a.Tag, a.Subject));
    }

    private static (DicomTag Tag, string Keyword) Attribute(string name, RuleParameters parameters) =>
        DicomDictionary.TryLookup(name, out var entry) ? (entry.Tag, entry.Keyword)
        : DicomTag.TryParse(name, out var tag) ? (tag, DicomDictionary.Lookup(tag)?.Keyword ?? tag.ToString())
        : throw new InvalidDataException($"{parameters.Where}: parameter 'attributes': '{name}' is neither a keyword nor a tag like (0010,0010)");
}
