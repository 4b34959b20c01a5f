using ConformanceHarness.Fhir.Findings;
using static ConformanceHarness.Fhir.Tests.Validation.Slicing.SlicingPack;

namespace ConformanceHarness.Fhir.Tests.Validation.Slicing;

public sealed class IdentifierSlicingTests(SlicingFixture fixture) : IClassFixture<SlicingFixture>
{
    private const string Element = "DiagnosticReport.identifier";

    private List<Finding> Errors(string profile, string resource) =>
        [.. fixture.Pack.Validator.Validate(resource, profiles: [Url + profile]).Findings.Where(f => f.IsError)];

    [Fact]
    public void Validate_AccessionAndPlacer_IsValid()
    {
        Assert.Empty(Errors("report-closed", Report(("ACSN", null), ("PLAC", null))));
    }

    [Fact]
    public void Validate_MissingRequiredSlice_IsACardinalityErrorNamingTheSlice()
    {
        var finding = Assert.Single(Errors("report-open-at-end", Report(("PLAC", null))));

        Assert.Equal((FindingSeverity.Error, "required", Element, "cardinality", Url + "report-open-at-end", "DiagnosticReport.identifier:accession"),
            (finding.Severity, finding.Code, finding.Location, finding.RuleId, finding.Profile, finding.ElementId));
        Assert.Equal($"expected 1..1, found 0 for slice 'accession' of {Element}", finding.Message);
    }

    [Fact]
    public void Validate_SliceAboveItsMax_IsAStructureError()
    {
        var finding = Assert.Single(Errors("report-ordered", Report(("ACSN", null), ("ACSN", null))));

        Assert.Equal((FindingSeverity.Error, "structure", Element, "cardinality"), (finding.Severity, finding.Code, finding.Location, finding.RuleId));
        Assert.Equal($"expected 1..1, found 2 for slice 'accession' of {Element}", finding.Message);
    }

    [Theory]
    [InlineData("report-closed", "slicing-closed")]
    [InlineData("report-open-at-end", "slicing-open-at-end")]
    public void Validate_UnmatchedIdentifierFirst_BreaksClosedAndOpenAtEnd(string profile, string rule)
    {
        var finding = Assert.Single(Errors(profile, Report(("MR", null), ("ACSN", null))));

        var location = rule == "slicing-closed" ? $"{Element}[0]" : $"{Element}[1]";
        Assert.Equal((FindingSeverity.Error, "structure", location, rule), (finding.Severity, finding.Code, finding.Location, finding.RuleId));
    }

    [Fact]
    public void Validate_UnmatchedIdentifierLast_IsValidWhenOpenAtEnd()
    {
        Assert.Empty(Errors("report-open-at-end", Report(("ACSN", null), ("MR", null))));
    }

    [Fact]
    public void Validate_SlicesOutOfOrder_IsAnOrderedError()
    {
        var finding = Assert.Single(Errors("report-ordered", Report(("PLAC", null), ("ACSN", null))));

        Assert.Equal((FindingSeverity.Error, "structure", $"{Element}[1]", "slicing-ordered"), (finding.Severity, finding.Code, finding.Location, finding.RuleId));
    }

    [Fact]
    public void Validate_InstanceInTwoSlices_IsAnAmbiguityError()
    {
        var finding = Assert.Single(Errors("report-ambiguous", Report(("ACSN", null))));

        Assert.Equal((FindingSeverity.Error, "structure", $"{Element}[0]", "slicing-ambiguous"), (finding.Severity, finding.Code, finding.Location, finding.RuleId));
    }

    [Fact]
    public void Validate_ExistsDiscriminator_AssignsByPresence()
    {
        Assert.Empty(Errors("report-exists", Report((null, "http://example.org/ids"), (null, null))));
        var finding = Assert.Single(Errors("report-exists", Report((null, null))));

        Assert.Equal((FindingSeverity.Error, "required", Element, "DiagnosticReport.identifier:withSystem"), (finding.Severity, finding.Code, finding.Location, finding.ElementId));
    }

    [Fact]
    public void Validate_ProfileDiscriminator_AssignsByConformance()
    {
        Assert.Empty(Errors("report-profile", Report((null, "http://example.org/ids"))));
        var finding = Assert.Single(Errors("report-profile", Report((null, null))));

        Assert.Equal((FindingSeverity.Error, "required", Element, "DiagnosticReport.identifier:strict"), (finding.Severity, finding.Code, finding.Location, finding.ElementId));
    }
}
