using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Rules;

/// <summary>The rule group for the Ontario rules (ON-DICOM-…): patient and issuer, HCN, accession, character set, institution, lossy compression, transfer syntaxes.</summary>
public static class OntarioRuleSet
{
    public static IReadOnlyList<DicomRuleDefinition> Definitions { get; } =
    [
        new(PatientIdRule.Name, "Patient ID has a value and is no placeholder; with 'acceptHcn', an HCN in Other Patient IDs may stand in", Instance: PatientIdRule.Create),
        new(IssuerOfPatientIdRule.Name, "every Patient ID with a value (top level and Other Patient IDs items) names its issuer", Instance: RuleFactories.Parameterless(IssuerOfPatientIdRule.Instance)),
        new(HcnPresentRule.Name, "an HCN (a Patient ID issued by one of 'hcnIssuers') is sent", Instance: HcnPresentRule.Create),
        new(HcnFormatRule.Name, "every HCN is exactly 10 digits", Instance: HcnFormatRule.Create),
        new(HcnCheckDigitRule.Name, "every HCN passes the mod-10 check digit (unverified: a warning)", Instance: HcnCheckDigitRule.Create),
        new(AccessionNumberRule.Name, "Accession Number has a value of at most 'maxLength' (16) characters", Instance: AccessionNumberRule.Create),
        new(IssuerOfAccessionNumberRule.Name, "an Accession Number with a value has an Issuer of Accession Number Sequence item naming its issuer",
            Instance: RuleFactories.Parameterless(IssuerOfAccessionNumberRule.Instance)),
        new(RequestAccessionRule.Name, "an Accession Number in a Request Attributes item equals the top-level one", Instance: RuleFactories.Parameterless(RequestAccessionRule.Instance)),
        new(SpecificCharacterSetRule.Name, "non-ASCII text values have a Specific Character Set in force", Instance: RuleFactories.Parameterless(SpecificCharacterSetRule.Instance)),
        new(LossyCompressionRule.Name, "Lossy Image Compression, its ratio and method agree with the transfer syntax", Instance: RuleFactories.Parameterless(LossyCompressionRule.Instance)),
        new(TransferSyntaxAllowedRule.Name, "the transfer syntax is one of 'allowed'", Instance: TransferSyntaxAllowedRule.Create),
        new(AttributeLevelRule.Name, "the attribute at 'path' meets its Ontario 'level' (R, R2, O) and holds none of 'forbiddenValues'", Instance: AttributeLevelRule.Create),
    ];
}
