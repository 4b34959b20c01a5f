using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// An HCN is sent: an Other Patient IDs Sequence (0010,1002) item, or the Patient ID itself, with a value and an HCN
/// issuer (parameter <c>hcnIssuers</c>). Hospitals SHOULD send the HCN when available [ON-FHIR]; the harness cannot know
/// availability, so packs give this rule a warning level.
/// </summary>
public sealed class HcnPresentRule(IReadOnlyList<string> hcnIssuers) : IInstanceRule
{
    public const string Name = "hcn-present";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("hcnIssuers");
        return new HcnPresentRule(PatientIdentifiers.HcnIssuers(parameters));
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance) =>
        PatientIdentifiers.Hcns(instance.Dataset, hcnIssuers).Any() ? []
        : [new(DicomFindingSeverity.Warning, Name, DicomTags.OtherPatientIDsSequence.ToString(),
            $"no HCN is sent: no Other Patient IDs item issued by {string.Join(" or ", hcnIssuers)}")];
}
