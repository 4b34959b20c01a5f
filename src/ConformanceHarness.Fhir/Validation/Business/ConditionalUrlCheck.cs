using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.Business;

/// <summary>
/// <c>check:conditional-url-matches-identifier</c> (ON-FHIR-BR-V3, SHOULD, so a warning): a conditional update's url
/// names the entry's own resource type and an identifier (system and value) that resource carries, or the update would
/// match some other resource. A url not of the form <c>Type?identifier=system|value</c> is invariant on-mi-bdl-1's, and
/// a resource with no identifier at all is ON-FHIR-ID-2's (or BR-91's, BR-92's): one defect, one finding.
/// </summary>
public static class ConditionalUrlCheck
{
    public const string Name = "conditional-url-matches-identifier";

    public static IEnumerable<Finding> Check(IReadOnlyList<TransactionEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.UrlIdentity is not { } named || entry.Identifiers.Count == 0) continue;
            if (named.Type != entry.ResourceType)
                yield return Warning(entry, $"the conditional url '{entry.Url}' is on {named.Type}, but the entry's resource is a {entry.ResourceType}");
            else if (!entry.Identifiers.Contains((named.System, named.Value)))
                yield return Warning(entry, $"the conditional url '{entry.Url}' names identifier {named.System}|{named.Value}, which the {entry.ResourceType} "
                    + $"does not carry (it carries {string.Join(", ", entry.Identifiers.Select(i => $"{i.System}|{i.Value}"))})");
        }
    }

    private static Finding Warning(TransactionEntry entry, string message) =>
        new(FindingSeverity.Warning, "business-rule", entry.Location + ".request.url", message, BusinessCheckRule.RuleIdOf(Name));
}
