using System.Diagnostics.CodeAnalysis;

namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// A level of the Query/Retrieve information models, PS3.4 C.6: the Query/Retrieve Level (0008,0052) code string, the
/// level's unique key, and its depth (PATIENT 0 … IMAGE 3) in the Patient Root hierarchy.
/// </summary>
public sealed record QueryRetrieveLevel(string Code, DicomTag UniqueKey, int Depth)
{
    public static readonly QueryRetrieveLevel Patient = new("PATIENT", DicomTags.PatientID, 0);
    public static readonly QueryRetrieveLevel Study = new("STUDY", DicomTags.StudyInstanceUID, 1);
    public static readonly QueryRetrieveLevel Series = new("SERIES", DicomTags.SeriesInstanceUID, 2);
    public static readonly QueryRetrieveLevel Image = new("IMAGE", DicomTags.SOPInstanceUID, 3);

    /// <summary>Every level, from the top down.</summary>
    public static IReadOnlyList<QueryRetrieveLevel> All { get; } = [Patient, Study, Series, Image];

    public static bool TryParse(string code, [NotNullWhen(true)] out QueryRetrieveLevel? level)
    {
        level = All.FirstOrDefault(candidate => candidate.Code == code.Trim());
        return level is not null;
    }

    /// <summary>The unique key's name, e.g. "Study Instance UID (0020,000D)".</summary>
    public string UniqueKeyName => QueryKeys.Describe(UniqueKey);

    public override string ToString() => Code;
}
