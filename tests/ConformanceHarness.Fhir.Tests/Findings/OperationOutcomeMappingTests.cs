using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Validation;
using Hl7.Fhir.Model;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;
using IssueSeverity = Hl7.Fhir.Model.OperationOutcome.IssueSeverity;

namespace ConformanceHarness.Fhir.Tests.Findings;

public sealed class OperationOutcomeMappingTests
{
    private static readonly Finding Gender = new(FindingSeverity.Error, "code-invalid", "Patient.gender", "'x' is not in the value set",
        "binding", "http://hl7.org/fhir/StructureDefinition/Patient", "Patient.gender") { Position = (3, 15) };

    [Fact]
    public void ToOperationOutcome_FindingWithEverything_MapsEachField()
    {
        var issue = Assert.Single(ValidationReport.Of(Gender).ToOperationOutcome().Issue);

        Assert.Equal((IssueSeverity.Error, IssueType.CodeInvalid, "'x' is not in the value set"), (issue.Severity, issue.Code, issue.Details!.Text));
        var coding = Assert.Single(issue.Details.Coding);
        Assert.Equal((OperationOutcomeMapping.RuleSystem, "binding"), (coding.System, coding.Code));
        Assert.Equal(["Patient.gender"], issue.Expression);
        Assert.Equal(["Patient.gender"], issue.Location);
        Assert.Equal(3, issue.GetIntegerExtension(OperationOutcomeMapping.LineExtension));
        Assert.Equal(15, issue.GetIntegerExtension(OperationOutcomeMapping.ColumnExtension));
        Assert.Equal("http://hl7.org/fhir/StructureDefinition/Patient", issue.GetExtensionValue<FhirUri>(OperationOutcomeMapping.AuthorityExtension)?.Value);
        Assert.Equal("element Patient.gender of http://hl7.org/fhir/StructureDefinition/Patient", issue.Diagnostics);
    }

    [Theory]
    [InlineData(FindingSeverity.Fatal, IssueSeverity.Fatal)]
    [InlineData(FindingSeverity.Error, IssueSeverity.Error)]
    [InlineData(FindingSeverity.Warning, IssueSeverity.Warning)]
    [InlineData(FindingSeverity.Information, IssueSeverity.Information)]
    public void ToOperationOutcome_Severity_IsTheIssueSeverity(FindingSeverity severity, IssueSeverity expected)
    {
        var issue = OperationOutcomeMapping.ToIssue(Gender with { Severity = severity });

        Assert.Equal(expected, issue.Severity);
    }

    [Fact]
    public void ToOperationOutcome_UnknownCode_IsProcessingAndNamedInDiagnostics()
    {
        var issue = OperationOutcomeMapping.ToIssue(new Finding(FindingSeverity.Warning, "frobnicated", "Patient.name", "odd"));

        Assert.Equal((IssueType.Processing, "finding code 'frobnicated' is not an issue type"), (issue.Code, issue.Diagnostics));
        Assert.Empty(issue.Details!.Coding);
        Assert.Empty(issue.Extension);
    }

    [Fact]
    public void ToOperationOutcome_DocumentFinding_HasNoExpressionOrLocation()
    {
        var issue = OperationOutcomeMapping.ToIssue(new Finding(FindingSeverity.Fatal, "structure", "(document)", "not JSON", "parse"));

        Assert.Equal((IssueSeverity.Fatal, IssueType.Structure), (issue.Severity, issue.Code));
        Assert.Empty(issue.Expression);
        Assert.Empty(issue.Location);
        Assert.Null(issue.Diagnostics);
    }

    [Fact]
    public void ToOperationOutcome_EmptyReport_IsOneInformationIssue()
    {
        var issue = Assert.Single(ValidationReport.Empty.ToOperationOutcome().Issue);

        Assert.Equal((IssueSeverity.Information, IssueType.Informational, OperationOutcomeMapping.NoIssues), (issue.Severity, issue.Code, issue.Details?.Text));
    }

    [Fact]
    public void ToOperationOutcome_OfAnInvalidPatient_IsItselfValidR4()
    {
        var report = FhirValidator.Core.Validate("""
            {"resourceType": "Patient",
             "gender": "x", "birthDate": "tomorrow", "colour": "red"}
            """);
        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.Position is not null);

        var verdict = FhirValidator.Core.Validate(report.ToOperationOutcome());

        Assert.DoesNotContain(verdict.Findings, f => f.IsError);
        // the line and column extensions live in FHIR's extensions pack, not in the core package: unknown, a warning;
        // and an OperationOutcome made by a machine has no narrative (dom-6, best practice)
        Assert.All(verdict.Findings.Where(f => f.RuleId != "dom-6"), f => Assert.Equal((FindingSeverity.Warning, "extension-unknown"), (f.Severity, f.RuleId)));
        Assert.Contains(verdict.Findings, f => f.Message.Contains(OperationOutcomeMapping.LineExtension, StringComparison.Ordinal));
    }
}
