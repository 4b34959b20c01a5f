namespace ConformanceHarness.Fixtures.Facilities;

/// <summary>
/// A fictional imaging facility. <see cref="Code"/> is its short mnemonic: the Issuer of Patient ID of its MRNs and the
/// local namespace of its accession numbers. <see cref="OrganizationId"/> stands in for the Ontario Health UPI, whose
/// real format is not public (ontario-dicom-ig.md §2.3); <see cref="UidRoot"/> is a 2.25 root derived from the world's
/// seed (PS3.5 B.2), under which the facility's study, series and instance UIDs are numbered.
/// </summary>
public sealed record Facility(
    string Code,
    string Name,
    FacilityKind Kind,
    string City,
    string OrganizationId,
    string AeTitle,
    string UidRoot)
{
    /// <summary>The local identifier base of Ontario Health's sister guides (ontario-fhir-ig.md §10, [OH-sister]).</summary>
    public const string LocalSystemBase = "http://ehealthontario.ca/fhir/NamingSystem";

    /// <summary>The system of this facility's MRNs; the real URIs are assigned by Ontario Health, these are synthetic.</summary>
    public string MrnSystemUri => $"{LocalSystemBase}/id-synthetic-{Code.ToLowerInvariant()}-mrn";

    /// <summary>The system of this facility's accession numbers (synthetic, as for <see cref="MrnSystemUri"/>).</summary>
    public string AccessionSystemUri => $"{LocalSystemBase}/id-synthetic-{Code.ToLowerInvariant()}-accession";

    /// <summary>Station Name (SH, 16) of the facility's modality of <paramref name="modality"/>: code + modality + "1".</summary>
    public string StationName(string modality) => $"{Code}{modality}1";
}
