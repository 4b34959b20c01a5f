using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Fhir.Validation.Business;

/// <summary>
/// Runs the implemented business checks (<see cref="Requirements.BusinessChecks"/> with Implemented true) on the
/// resource that a profile they belong to is applied to, at its root element. Their findings' rule id is
/// <c>check:NAME</c>, the catalogue's own spelling, by which they cite their requirement.
/// </summary>
public sealed class BusinessCheckRule : IElementValidator
{
    /// <summary>The Ontario contribution transaction profile, whose checks these are.</summary>
    public const string OntarioBundle = "http://ontariohealth.ca/fhir/mi/StructureDefinition/ca-on-mi-profile-bundle";

    private static readonly (string Profile, Func<IReadOnlyList<TransactionEntry>, IEnumerable<Finding>> Check)[] Checks =
    [
        (OntarioBundle, ConditionalUrlCheck.Check),
        (OntarioBundle, ResourceOnceCheck.Check),
    ];

    public static string RuleIdOf(string checkName) => ImplementedBy.CheckPrefix + checkName;

    public ValidationReport Validate(ElementVisit visit)
    {
        if (visit.Schema.Id != "Bundle" || visit.Schema.Profile is not { } profile) return ValidationReport.Empty;
        var canonical = profile.Split('|')[0];
        var checks = Checks.Where(c => c.Profile == canonical).ToList();
        if (checks.Count == 0) return ValidationReport.Empty;
        var entries = TransactionEntry.Read(visit.Node);
        var findings = checks.SelectMany(c => c.Check(entries)).Select(f => f with { Profile = profile }).ToList();
        return findings.Count == 0 ? ValidationReport.Empty : new(findings);
    }
}
