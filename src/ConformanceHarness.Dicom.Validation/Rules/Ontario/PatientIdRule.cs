using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.Ontario;

/// <summary>
/// Patient ID (0010,0020) has a value and is not a placeholder (parameter <c>placeholders</c>, compared without case):
/// the Ontario "mandatory patient identifiers" [ON-IG]. With parameter <c>acceptHcn</c> (the ICHSC profile: "at least
/// one of MRN or HCN" [ON-FHIR]) an empty Patient ID passes when an HCN (by <c>hcnIssuers</c>) is in Other Patient IDs.
/// </summary>
public sealed class PatientIdRule(IReadOnlyList<string> placeholders, IReadOnlyList<string>? hcnIssuers) : IInstanceRule
{
    public const string Name = "patient-id";

    public static IInstanceRule Create(RuleParameters parameters)
    {
        parameters.RejectUnknown("placeholders", "acceptHcn", "hcnIssuers");
        return new PatientIdRule(
            parameters.Strings("placeholders"), parameters.Bool("acceptHcn", false) ? PatientIdentifiers.HcnIssuers(parameters) : null);
    }

    public IEnumerable<DicomFinding> Check(InstanceContext instance)
    {
        var path = DicomTags.PatientID.ToString();
        var value = PatientIdentifiers.Value(instance.Dataset);
        if (value.Length == 0)
            return hcnIssuers is not null && PatientIdentifiers.Hcns(instance.Dataset, hcnIssuers).Any() ? []
                : [new(DicomFindingSeverity.Error, Name, path, hcnIssuers is null ? "Patient ID is missing or empty" : "neither a Patient ID nor an HCN in Other Patient IDs Sequence is given")];
        return placeholders.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? [new(DicomFindingSeverity.Error, Name, path, "Patient ID is a placeholder, not an identifier", value)] : [];
    }
}
