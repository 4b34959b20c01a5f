using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace ConformanceHarness.Fhir.Findings;

/// <summary>
/// Findings at the edge: a <see cref="ValidationReport"/> as an R4 OperationOutcome, one issue per finding.
/// <list type="bullet">
/// <item>severity: the finding's; code: the finding's <see cref="Finding.Code"/> as an IssueType (an unknown code becomes
/// <c>processing</c> and is named in diagnostics).</item>
/// <item>details: <c>text</c> is the message; one coding with the rule id in <see cref="RuleSystem"/>, and one with the
/// requirement id in <see cref="RequirementSystem"/> when the finding cites one.</item>
/// <item>expression and location both hold the FHIRPath (R4 deprecates location, many tools still read it); neither is
/// set for a finding about the whole document (<c>(document)</c>).</item>
/// <item>line and column: the extensions <see cref="LineExtension"/> and <see cref="ColumnExtension"/> (defined in
/// FHIR's extensions pack, not in the R4 core package, so the core validator calls them unknown: a warning).</item>
/// <item>profile: the core extension <see cref="AuthorityExtension"/> ("where the rule is defined"); the element id in
/// diagnostics.</item>
/// </list>
/// An empty report gives one information issue (<c>informational</c>, "no issues"): R4 requires at least one issue.
/// </summary>
public static class OperationOutcomeMapping
{
    /// <summary>The code system of the rule ids (<see cref="Finding.RuleId"/>) in <c>issue.details.coding</c>.</summary>
    public const string RuleSystem = "https://conformance-harness.example/fhir/CodeSystem/rule";

    /// <summary>The code system of requirement ids (<see cref="Finding.Requirement"/>) in <c>issue.details.coding</c>; the display is the requirement's level and provenance.</summary>
    public const string RequirementSystem = "https://conformance-harness.example/fhir/CodeSystem/requirement";

    public const string LineExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-line";
    public const string ColumnExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-issue-col";
    public const string AuthorityExtension = "http://hl7.org/fhir/StructureDefinition/operationoutcome-authority";

    public const string NoIssues = "no issues";

    public static OperationOutcome ToOperationOutcome(this ValidationReport report)
    {
        var outcome = new OperationOutcome();
        foreach (var finding in report.Findings) outcome.Issue.Add(ToIssue(finding));
        if (outcome.Issue.Count == 0)
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Information,
                Code = OperationOutcome.IssueType.Informational,
                Details = new CodeableConcept { Text = NoIssues },
            });
        return outcome;
    }

    public static OperationOutcome.IssueComponent ToIssue(Finding finding)
    {
        var code = EnumUtility.ParseLiteral<OperationOutcome.IssueType>(finding.Code);
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = ToSeverity(finding.Severity),
            Code = code ?? OperationOutcome.IssueType.Processing,
            Details = new CodeableConcept { Text = finding.Message },
            Diagnostics = Diagnostics(finding, code is null),
        };
        if (finding.RuleId is { Length: > 0 } rule) issue.Details.Coding.Add(new Coding(RuleSystem, rule));
        if (finding.Requirement is { } requirement)
            issue.Details.Coding.Add(new Coding(RequirementSystem, requirement.Id, $"{requirement.Level}, {requirement.Provenance}"));
        if (IsPath(finding.Location))
        {
            issue.Expression = [finding.Location];
            issue.Location = [finding.Location];
        }
        if (finding.Position is { } position)
        {
            issue.Extension.Add(new Extension(LineExtension, new Integer(position.Line)));
            issue.Extension.Add(new Extension(ColumnExtension, new Integer(position.Column)));
        }
        if (finding.Profile is { Length: > 0 } profile) issue.Extension.Add(new Extension(AuthorityExtension, new FhirUri(profile)));
        return issue;
    }

    private static OperationOutcome.IssueSeverity ToSeverity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Fatal => OperationOutcome.IssueSeverity.Fatal,
        FindingSeverity.Error => OperationOutcome.IssueSeverity.Error,
        FindingSeverity.Warning => OperationOutcome.IssueSeverity.Warning,
        _ => OperationOutcome.IssueSeverity.Information,
    };

    /// <summary>"element Patient.gender of http://…/Patient", and the finding's own code when it is not an IssueType.</summary>
    private static string? Diagnostics(Finding finding, bool unknownCode)
    {
        var element = finding.ElementId is { Length: > 0 } id ? $"element {id}" + (finding.Profile is { } p ? $" of {p}" : "") : null;
        var code = unknownCode ? $"finding code '{finding.Code}' is not an issue type" : null;
        return element is null ? code : code is null ? element : $"{element}; {code}";
    }

    /// <summary>Locations such as <c>(document)</c> and <c>(resource)</c> name no element.</summary>
    private static bool IsPath(string location) => location.Length > 0 && location[0] != '(';
}
