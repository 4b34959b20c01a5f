using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation.Business;

namespace ConformanceHarness.Fhir.Tests.Validation.Business;

public sealed class ConditionalUrlCheckTests
{
    private static readonly string RuleId = BusinessCheckRule.RuleIdOf(ConditionalUrlCheck.Name);

    [Fact]
    public void ConditionalUrl_ValidTransaction_NoFinding() =>
        Assert.Empty(OntarioTransaction.Issues(OntarioTransaction.Valid()));

    [Fact]
    public void ConditionalUrl_NamesAValueTheResourceLacks_WarnsCitingBrV3()
    {
        var bundle = OntarioTransaction.Valid();
        OntarioTransaction.Entry(bundle, 1)["request"]!["url"] = "Patient?identifier=https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn|1111111111";

        var finding = Assert.Single(OntarioTransaction.Issues(bundle));

        Assert.Equal((FindingSeverity.Warning, RuleId, "Bundle.entry[1].request.url", "ON-FHIR-BR-V3"),
            (finding.Severity, finding.RuleId, finding.Location, finding.Requirement?.Id));
        Assert.Contains("1111111111", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionalUrl_OnAnotherResourceType_WarnsCitingBrV3()
    {
        var bundle = OntarioTransaction.Valid();
        OntarioTransaction.Entry(bundle, 0)["request"]!["url"] = "Patient?identifier=https://example.org/fhir/NamingSystem/hic-organization|ORG-4471";

        var finding = Assert.Single(OntarioTransaction.Issues(bundle));

        Assert.Equal((RuleId, "ON-FHIR-BR-V3"), (finding.RuleId, finding.Requirement?.Id));
        Assert.Contains("is on Patient, but the entry's resource is a Organization", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionalUrl_ResourceWithoutIdentifier_IsLeftToItsProfile()
    {
        var bundle = OntarioTransaction.Valid();
        OntarioTransaction.Entry(bundle, 3)["resource"]!.AsObject().Remove("identifier");

        var issues = OntarioTransaction.Issues(bundle);

        Assert.DoesNotContain(issues, f => f.RuleId == RuleId);
        Assert.All(issues, f => Assert.Equal("ON-FHIR-ID-2", f.Requirement?.Id));
    }
}
