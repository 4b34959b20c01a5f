using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// Every 10-digit HCN passes the mod-10 check digit (<see cref="HealthCardNumber.HasValidCheckDigit"/>); the algorithm
/// is unverified (spec §3.6), so packs give this rule a warning level. The value is not quoted (PHIPA).
/// </summary>
public sealed class HcnCheckDigitRule(IReadOnlyList<string> hcnIssuers) : IInstanceRule
{
    public const string Name = "hcn-check-digit";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("hcnIssuers");
        return new HcnCheckDigitRule(PatientIdentifiers.HcnIssuers(parameters));
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance) =>
        PatientIdentifiers.Hcns(instance.Dataset, hcnIssuers)
            .Where(h => HealthCardNumber.HasValidFormat(h.Value) && !HealthCardNumber.HasValidCheckDigit(h.Value))
            .Select(h => new DicomFinding(DicomFindingSeverity.Warning, Name, h.Path, "the HCN's last digit is not its mod-10 (Luhn) check digit"));
}
