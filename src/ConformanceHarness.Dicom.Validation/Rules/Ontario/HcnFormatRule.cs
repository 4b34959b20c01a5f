using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// Every HCN (a Patient ID whose issuer is one of parameter <c>hcnIssuers</c>) is exactly 10 digits, without its
/// version code (spec §3.6). The finding does not quote the value: an HCN is personal health information (PHIPA).
/// </summary>
public sealed class HcnFormatRule(IReadOnlyList<string> hcnIssuers) : IInstanceRule
{
    public const string Name = "hcn-format";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("hcnIssuers");
        return new HcnFormatRule(PatientIdentifiers.HcnIssuers(parameters));
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance) =>
        PatientIdentifiers.Hcns(instance.Dataset, hcnIssuers).Where(h => !HealthCardNumber.HasValidFormat(h.Value))
            .Select(h => new DicomFinding(DicomFindingSeverity.Error, Name, h.Path,
                $"expected an HCN of {HealthCardNumber.Length} digits (no version code), but received {h.Value.Length} characters"));
}
