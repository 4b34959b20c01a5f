using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Fhir.Validation.Business;

namespace ConformanceHarness.Fhir.Tests.Validation.Business;

public sealed class ResourceOnceCheckTests
{
    private static readonly string RuleId = BusinessCheckRule.RuleIdOf(ResourceOnceCheck.Name);

    [Fact]
    public void ResourceOnce_SameResourceUnderAnotherIdentifier_ErrorCitingBrV6()
    {
        var bundle = OntarioTransaction.Valid();
        bundle["entry"]!.AsArray().Add(OntarioTransaction.SameResourceUnderAnotherIdentifier(bundle, 2));

        var finding = Assert.Single(OntarioTransaction.Issues(bundle));

        Assert.Equal((FindingSeverity.Error, RuleId, "Bundle.entry[7]", "ON-FHIR-BR-V6"),
            (finding.Severity, finding.RuleId, finding.Location, finding.Requirement?.Id));
    }

    [Fact]
    public void ResourceOnce_SameUrlTwice_IsLeftToOnMiBdl2()
    {
        var bundle = OntarioTransaction.Valid();
        var copy = OntarioTransaction.Entry(bundle, 2).DeepClone();
        copy["fullUrl"] = "urn:uuid:6a1f3c2e-0b1d-4e55-9d1a-1c2f3e4d5a98";
        bundle["entry"]!.AsArray().Add(copy);

        var finding = Assert.Single(OntarioTransaction.Issues(bundle));

        Assert.Equal(("on-mi-bdl-2", "ON-FHIR-BR-V6"), (finding.RuleId, finding.Requirement?.Id));
    }

    [Fact]
    public void ResourceOnce_ReportsSharingOnlyTheAccession_AreDistinct()
    {
        var bundle = OntarioTransaction.Valid();
        var addendum = OntarioTransaction.Entry(bundle, 6).DeepClone().AsObject();
        addendum["fullUrl"] = "urn:uuid:6a1f3c2e-0b1d-4e55-9d1a-1c2f3e4d5a97";
        addendum["resource"]!["identifier"]![1]!["value"] = "RPT-88121";
        addendum["request"]!["url"] = "DiagnosticReport?identifier=https://example.org/fhir/NamingSystem/lakeshore-imaging-report|RPT-88121";
        bundle["entry"]!.AsArray().Add(addendum);

        Assert.Empty(OntarioTransaction.Issues(bundle));
    }

    [Fact]
    public void BusinessChecks_Implemented_AreTheOnesTheValidatorRuns() =>
        Assert.Equal([ConditionalUrlCheck.Name, ResourceOnceCheck.Name], BusinessChecks.All.Where(c => c.Implemented).Select(c => c.Name).Order());
}
