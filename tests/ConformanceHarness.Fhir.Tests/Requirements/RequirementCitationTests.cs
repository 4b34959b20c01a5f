using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Tests.Validation;
using ConformanceHarness.Fhir.Tests.Validation.ImagingReport;

namespace ConformanceHarness.Fhir.Tests.Requirements;

/// <summary>
/// Findings cite the requirement of the pack's catalogue that their rule implements: an invariant by its key, an element
/// rule (cardinality, fixed, pattern, binding, slice) by the profile element that made it, through the SD id.
/// </summary>
public sealed class RequirementCitationTests : IClassFixture<RequirementCitationTests.Pack>
{
    public const string Catalogue = """
        {"pack": "test.pack", "requirements": [
          {"id": "T-ACSN-1", "text": "A report carries its accession number", "level": "SHALL", "provenance": "v1",
           "source": "https://example.org/guide#accession", "implementedBy": ["imaging-report#DiagnosticReport.identifier:accession"]},
          {"id": "T-STATUS-1", "text": "A submitted report is final", "level": "SHALL", "provenance": "TU",
           "implementedBy": ["imaging-report#DiagnosticReport.status"]},
          {"id": "T-CAT-1", "text": "The category is one of the guide's", "level": "SHALL", "provenance": "INF",
           "implementedBy": ["imaging-report#DiagnosticReport.category"]},
          {"id": "T-CODE-1", "text": "A report is coded", "level": "SHALL", "provenance": "FHIR-base",
           "implementedBy": ["imaging-report#DiagnosticReport.code"]},
          {"id": "T-CONC-1", "text": "A final report has a conclusion", "level": "SHOULD", "provenance": "v0.9",
           "implementedBy": ["invariant:tir-1"]},
          {"id": "T-BR-1", "text": "Ambiguous matches are refused", "level": "SHALL", "provenance": "v1",
           "implementedBy": [], "notImplementable": "needs the server's patient registry"}]}
        """;

    private readonly Pack _pack;

    public RequirementCitationTests(Pack pack) => _pack = pack;

    public sealed class Pack : IDisposable
    {
        public PackValidator Validator { get; } = PackValidator.WithCatalogue(Catalogue, ImagingReportPack.Resources());

        public void Dispose() => Validator.Dispose();
    }

    private Finding OnlyIssue(Action<JsonObject> breakIt)
    {
        var report = ImagingReportPack.ValidReport();
        breakIt(report);
        return FindingAssert.SingleIssue(_pack.Validator.Validator.Validate(report.ToJsonString()));
    }

    [Fact]
    public void Validate_ValidReport_CitesNothing() =>
        FindingAssert.NoIssues(_pack.Validator.Validator.Validate(ImagingReportPack.ValidReport().ToJsonString()));

    [Theory]
    [InlineData("identifier", "T-ACSN-1", "v1")]
    [InlineData("status", "T-STATUS-1", "TU")]
    [InlineData("category", "T-CAT-1", "INF")]
    [InlineData("conclusion", "T-CONC-1", "v0.9")]
    public void Validate_EachBrokenRule_CitesItsRequirementAndProvenance(string broken, string requirement, string provenance)
    {
        var finding = OnlyIssue(report =>
        {
            if (broken == "identifier") report["identifier"]!.AsArray().RemoveAt(0);
            else if (broken == "status") report["status"] = "preliminary";
            else if (broken == "category") report["category"]![0]!["coding"]![0]!["code"] = "cardiology";
            else report.Remove("conclusion");
        });

        Assert.Equal((requirement, provenance), (finding.Requirement?.Id, finding.Requirement?.Provenance));
    }

    [Fact]
    public void ToOperationOutcome_CitingFinding_CarriesTheRequirementCoding()
    {
        var report = ImagingReportPack.ValidReport();
        report["status"] = "preliminary";

        var issue = _pack.Validator.Validator.Validate(report.ToJsonString()).ToOperationOutcome().Issue.Single(i => i.Severity == Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error);

        var coding = Assert.Single(issue.Details!.Coding, c => c.System == OperationOutcomeMapping.RequirementSystem);
        Assert.Equal(("T-STATUS-1", "SHALL, TU"), (coding.Code, coding.Display));
    }

    /// <summary>Core and the profile both find the missing code; the verdict is kept once, citing the profile's requirement.</summary>
    [Fact]
    public void Validate_CoreCardinalityTheProfileRepeats_CitesTheProfilesRequirement()
    {
        var finding = OnlyIssue(report => report.Remove("code"));

        Assert.Equal(("DiagnosticReport.code", "T-CODE-1"), (finding.Location, finding.Requirement?.Id));
    }

    [Fact]
    public void Validate_RuleNoRequirementNames_CitesNothing()
    {
        var finding = OnlyIssue(report => report["id"] = "not an id!");

        Assert.Equal(("DiagnosticReport.id", null), (finding.Location, finding.Requirement?.Id));
    }

    [Fact]
    public void Integrity_OfTheTestCatalogue_HasNoProblems() =>
        Assert.Empty(CatalogueIntegrity.Check(_pack.Validator.Validator.Services.Requirements.Catalogues.Single(), _pack.Validator.Definitions));

    [Fact]
    public void Integrity_ItemsPointingNowhere_AreEachNamed()
    {
        var broken = Catalogue
            .Replace("imaging-report#DiagnosticReport.status", "imaging-report#DiagnosticReport.statusx", StringComparison.Ordinal)
            .Replace("imaging-report#DiagnosticReport.category", "no-such-profile#DiagnosticReport.category", StringComparison.Ordinal)
            .Replace("invariant:tir-1", "invariant:tir-9", StringComparison.Ordinal)
            .Replace("\"implementedBy\": [], \"notImplementable\": \"needs the server's patient registry\"",
                "\"implementedBy\": [\"check:ambiguous-match-nowhere\", \"imaging-report#DiagnosticReport.identifier:accession\"]", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"requirements-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, broken);
        try
        {
            var problems = CatalogueIntegrity.Check(RequirementCatalogue.Read(path), _pack.Validator.Definitions);

            Assert.Equal([
                "T-STATUS-1: imaging-report#DiagnosticReport.statusx: StructureDefinition 'imaging-report' has no element 'DiagnosticReport.statusx' in its snapshot",
                "T-CAT-1: no-such-profile#DiagnosticReport.category: no StructureDefinition with id 'no-such-profile' in the packs",
                "T-CONC-1: invariant:tir-9: no constraint with key 'tir-9' in the packs' StructureDefinitions",
                "T-BR-1: check:ambiguous-match-nowhere: no business check 'ambiguous-match-nowhere' in BusinessChecks",
                "imaging-report#DiagnosticReport.identifier:accession is claimed by T-ACSN-1 and T-BR-1: a finding cites one requirement",
            ], problems);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
