namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// Which level of the Query/Retrieve information model an attribute belongs to, PS3.4 C.6.1.1.2–C.6.1.1.5 (the key
/// tables of the PATIENT, STUDY and SERIES levels, with the Patient, Study and Equipment modules of PS3.3 whose
/// attributes describe those entities); every other attribute is at the IMAGE level. In the Study Root model the
/// patient attributes are study attributes (C.6.2.1), which the depth order gives for free.
/// </summary>
public static class QueryKeys
{
    private static readonly DicomTag[] PatientAttributes =
    [
        DicomTags.PatientName, DicomTags.PatientID, DicomTags.IssuerOfPatientID, DicomTags.IssuerOfPatientIDQualifiersSequence,
        DicomTags.OtherPatientIDsSequence, DicomTags.PatientBirthDate, DicomTags.PatientBirthTime, DicomTags.PatientSex,
        DicomTags.OtherPatientNames, DicomTags.PatientBirthName, DicomTags.PatientMotherBirthName, DicomTags.EthnicGroup,
        DicomTags.PatientComments, DicomTags.PatientSpeciesDescription, DicomTags.ResponsiblePerson,
        DicomTags.NumberOfPatientRelatedStudies, DicomTags.NumberOfPatientRelatedSeries, DicomTags.NumberOfPatientRelatedInstances,
    ];

    private static readonly DicomTag[] StudyAttributes =
    [
        DicomTags.StudyDate, DicomTags.StudyTime, DicomTags.AccessionNumber, DicomTags.IssuerOfAccessionNumberSequence,
        DicomTags.StudyID, DicomTags.StudyInstanceUID, DicomTags.ReferringPhysicianName, DicomTags.StudyDescription,
        DicomTags.ProcedureCodeSequence, DicomTags.NameOfPhysiciansReadingStudy, DicomTags.PhysiciansOfRecord,
        DicomTags.AdmittingDiagnosesDescription, DicomTags.ReferencedStudySequence, DicomTags.ReferencedPatientSequence,
        DicomTags.PatientAge, DicomTags.PatientSize, DicomTags.PatientWeight, DicomTags.Occupation, DicomTags.AdditionalPatientHistory,
        DicomTags.OtherStudyNumbers, DicomTags.ModalitiesInStudy, DicomTags.SOPClassesInStudy,
        DicomTags.NumberOfStudyRelatedSeries, DicomTags.NumberOfStudyRelatedInstances,
    ];

    private static readonly DicomTag[] SeriesAttributes =
    [
        DicomTags.Modality, DicomTags.SeriesNumber, DicomTags.SeriesInstanceUID, DicomTags.SeriesDescription, DicomTags.SeriesDate,
        DicomTags.SeriesTime, DicomTags.PerformingPhysicianName, DicomTags.ProtocolName, DicomTags.OperatorsName,
        DicomTags.BodyPartExamined, DicomTags.Laterality, DicomTags.PerformedProcedureStepStartDate,
        DicomTags.PerformedProcedureStepStartTime, DicomTags.PerformedProcedureStepID, DicomTags.RequestAttributesSequence,
        DicomTags.Manufacturer, DicomTags.InstitutionName, DicomTags.StationName, DicomTags.ManufacturerModelName,
        DicomTags.NumberOfSeriesRelatedInstances,
    ];

    private static readonly Dictionary<DicomTag, QueryRetrieveLevel> Levels =
        new[] { (PatientAttributes, QueryRetrieveLevel.Patient), (StudyAttributes, QueryRetrieveLevel.Study), (SeriesAttributes, QueryRetrieveLevel.Series) }
            .SelectMany(table => table.Item1.Select(tag => (Tag: tag, Level: table.Item2)))
            .ToDictionary(entry => entry.Tag, entry => entry.Level);

    /// <summary>The level <paramref name="tag"/> describes; IMAGE for any attribute not listed at a higher level.</summary>
    public static QueryRetrieveLevel LevelOf(DicomTag tag) => Levels.GetValueOrDefault(tag, QueryRetrieveLevel.Image);

    /// <summary>E.g. "Patient's Name (0010,0010)".</summary>
    public static string Describe(DicomTag tag) => DicomDictionary.Lookup(tag) is { } entry ? $"{entry.Name} {tag}" : tag.ToString();
}
