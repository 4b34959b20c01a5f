using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Query;

/// <summary>
/// A Query/Retrieve information model, PS3.4 C.6: its FIND, MOVE and GET SOP classes and the query/retrieve levels it
/// has, top down (the Study Root model has no PATIENT level, C.6.2).
/// </summary>
public sealed record QueryModel(string Name, string Description, string FindSopClass, string MoveSopClass, string GetSopClass,
    IReadOnlyList<string> Levels)
{
    public static readonly QueryModel PatientRoot = new("patient", "Patient Root",
        DicomUids.PatientRootQueryRetrieveInformationModelFind, DicomUids.PatientRootQueryRetrieveInformationModelMove,
        DicomUids.PatientRootQueryRetrieveInformationModelGet, ["PATIENT", "STUDY", "SERIES", "IMAGE"]);

    public static readonly QueryModel StudyRoot = new("study", "Study Root",
        DicomUids.StudyRootQueryRetrieveInformationModelFind, DicomUids.StudyRootQueryRetrieveInformationModelMove,
        DicomUids.StudyRootQueryRetrieveInformationModelGet, ["STUDY", "SERIES", "IMAGE"]);

    public static IReadOnlyList<QueryModel> All { get; } = [PatientRoot, StudyRoot];

    /// <summary>Every level of any model, for the --level choices.</summary>
    public static IReadOnlyList<string> AllLevels { get; } = PatientRoot.Levels;

    public static QueryModel Named(string name) => All.Single(model => model.Name == name);
}
