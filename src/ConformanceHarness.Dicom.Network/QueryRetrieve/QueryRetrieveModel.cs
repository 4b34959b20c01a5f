using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// A Query/Retrieve information model, PS3.4 C.6.1 (Patient Root) and C.6.2 (Study Root): its levels from the root
/// down and the SOP classes of its FIND, MOVE and GET services.
/// </summary>
public sealed record QueryRetrieveModel(string Name, IReadOnlyList<QueryRetrieveLevel> Levels, string Find, string Move, string Get)
{
    public static readonly QueryRetrieveModel PatientRoot = new("Patient Root",
        [QueryRetrieveLevel.Patient, QueryRetrieveLevel.Study, QueryRetrieveLevel.Series, QueryRetrieveLevel.Image],
        DicomUids.PatientRootQueryRetrieveInformationModelFind, DicomUids.PatientRootQueryRetrieveInformationModelMove,
        DicomUids.PatientRootQueryRetrieveInformationModelGet);

    public static readonly QueryRetrieveModel StudyRoot = new("Study Root",
        [QueryRetrieveLevel.Study, QueryRetrieveLevel.Series, QueryRetrieveLevel.Image],
        DicomUids.StudyRootQueryRetrieveInformationModelFind, DicomUids.StudyRootQueryRetrieveInformationModelMove,
        DicomUids.StudyRootQueryRetrieveInformationModelGet);

    public static IReadOnlyList<QueryRetrieveModel> All { get; } = [PatientRoot, StudyRoot];

    /// <summary>The FIND, MOVE and GET SOP classes of every model.</summary>
    public static IReadOnlyList<string> SopClassUids { get; } = [.. All.SelectMany(model => new[] { model.Find, model.Move, model.Get })];

    /// <summary>The model whose FIND, MOVE or GET SOP class is <paramref name="sopClassUid"/>.</summary>
    public static bool TryGet(string sopClassUid, [NotNullWhen(true)] out QueryRetrieveModel? model)
    {
        model = All.FirstOrDefault(candidate => candidate.Find == sopClassUid || candidate.Move == sopClassUid || candidate.Get == sopClassUid);
        return model is not null;
    }

    /// <summary>The levels above <paramref name="level"/> in this model (none above the root).</summary>
    public IEnumerable<QueryRetrieveLevel> Above(QueryRetrieveLevel level) => Levels.TakeWhile(candidate => candidate != level);

    public override string ToString() => Name;
}
