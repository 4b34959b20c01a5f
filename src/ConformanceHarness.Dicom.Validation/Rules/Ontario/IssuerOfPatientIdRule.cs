using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// Every Patient ID with a value — the top-level one and each Other Patient IDs item's — travels with its issuer:
/// Issuer of Patient ID (0010,0021) or a Universal Entity ID in the Issuer of Patient ID Qualifiers Sequence (0010,0024)
/// (spec §2.3 [ON-FHIR] → [INF], §3.1). A Patient ID is unique only within its issuer (PS3.17 YYYY.7.8).
/// </summary>
public sealed class IssuerOfPatientIdRule : IInstanceRule
{
    public const string Name = "issuer-of-patient-id";

    public static readonly IssuerOfPatientIdRule Instance = new();

    public IEnumerable<DicomFinding> Check(InstanceContext instance) =>
        PatientIdentifiers.Holders(instance.Dataset)
            .Where(h => PatientIdentifiers.Value(h.Item).Length > 0 && !PatientIdentifiers.HasIssuer(h.Item))
            .Select(h => new DicomFinding(DicomFindingSeverity.Error, Name, TagPath.Of(h.Path, DicomTags.IssuerOfPatientID),
                "the Patient ID has no issuer: neither Issuer of Patient ID nor a Universal Entity ID in Issuer of Patient ID Qualifiers Sequence"));
}
