using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Fhir;
using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Tests.Dicom;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

/// <summary>The other contributions (order only, manifest, addendum) and the report life cycle.</summary>
public sealed class ContributionBundleTests
{
    [Fact]
    public void ContributionBundle_OrderOnlyAndManifest_ValidateClean()
    {
        var study = GeneratedStudies.Study("CT", withPixels: false);

        AssertClean(SyntheticFhir.ContributionBundle(study.Order));
        AssertClean(SyntheticFhir.ContributionBundle(study));
    }

    [Fact]
    public void Artifacts_OfAStudy_AreItsDicomFilesAndItsManifestContribution()
    {
        var study = GeneratedStudies.Study("DX", withPixels: false);

        var set = SyntheticFhir.Artifacts(study);

        Assert.Same(study.DicomFiles, set.Dicom);
        Assert.Equal(SyntheticFhir.ContributionBundle(study), Assert.Single(set.Fhir).Json);
    }

    [Fact]
    public void ContributionBundle_Addendum_CarriesBothReportsLinkedByTheExtension()
    {
        var final = GeneratedFhir.Report("MG", ReportStatus.Final);
        var addendum = final.Addendum("Comparison with the 2024 screening study: stable.");

        var json = SyntheticFhir.ContributionBundle(addendum);

        AssertClean(json);
        var reports = JsonNode.Parse(json)!["entry"]!.AsArray().Where(e => (string?)e!["resource"]!["resourceType"] == "DiagnosticReport").ToList();
        Assert.Equal(2, reports.Count);
        Assert.Equal((string)reports[0]!["fullUrl"]!, (string)reports[1]!["resource"]!["extension"]![0]!["valueReference"]!["reference"]!);
    }

    [Fact]
    public void Report_LifeCycle_RefusesAnAmendmentBeforeRelease()
    {
        var preliminary = GeneratedFhir.Report("US", ReportStatus.Preliminary);

        var error = Assert.Throws<InvalidOperationException>(() => preliminary.Amend("late"));

        Assert.Contains("preliminary", error.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Final, preliminary.Finalize().Status);
    }

    private static void AssertClean(string json)
    {
        var issues = GeneratedFhir.Issues(new FhirDocument("bundle", SyntheticFhir.OntarioPack, json));
        Assert.True(issues.Count == 0, GeneratedFhir.Describe(issues));
    }
}
