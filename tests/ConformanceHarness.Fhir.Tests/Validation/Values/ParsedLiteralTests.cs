using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Values;

namespace ConformanceHarness.Fhir.Tests.Validation.Values;

/// <summary>Literals in JSON text: the parser leaves those the POCO keeps to <see cref="PrimitiveFormatRule"/>, so each is judged once, by R4's regex.</summary>
public sealed class ParsedLiteralTests
{
    private static string Capabilities(string url) =>
        $$"""{"resourceType":"TerminologyCapabilities","url":"{{url}}","status":"draft","date":"2020-01-01","kind":"instance"}""";

    [Fact]
    public void UriUrnUuid_UpperCaseHex_NoFinding()
    {
        var report = FhirValidator.Core.Validate(Capabilities("urn:uuid:68D043B5-9ECF-4559-A57A-396E0D452311"));

        Assert.DoesNotContain(report.Findings, f => f.Location == "TerminologyCapabilities.url");
    }

    [Fact]
    public void Uri_WithSpace_OneFormatError()
    {
        var report = FhirValidator.Core.Validate(Capabilities("urn:uuid:a b"));

        var finding = Assert.Single(report.Findings, f => f.Location == "TerminologyCapabilities.url");
        Assert.Equal((FindingSeverity.Error, "value", PrimitiveFormatRule.RuleId), (finding.Severity, finding.Code, finding.RuleId));
    }

    [Fact]
    public void Date_MonthThirteen_OneFormatError()
    {
        var report = FhirValidator.Core.Validate("""{"resourceType":"Patient","birthDate":"2020-13"}""");

        var finding = Assert.Single(report.Findings, f => f.Location == "Patient.birthDate");
        Assert.Equal((FindingSeverity.Error, "value", PrimitiveFormatRule.RuleId), (finding.Severity, finding.Code, finding.RuleId));
        Assert.StartsWith("'2020-13' is not a valid date", finding.Message);
    }

    [Fact]
    public void Boolean_NotALiteral_ParserAndFormatRuleReportIt()
    {
        var report = FhirValidator.Core.Validate("""<Patient xmlns="http://hl7.org/fhir"><active value="yes"/></Patient>""");

        Assert.Contains(report.Findings, f => f is { Location: "Patient.active", Severity: FindingSeverity.Error, Code: "value", RuleId: "parse:PVAL123" });
        Assert.Contains(report.Findings, f => f is { Location: "Patient.active", Severity: FindingSeverity.Error, Code: "value", RuleId: PrimitiveFormatRule.RuleId });
    }
}
