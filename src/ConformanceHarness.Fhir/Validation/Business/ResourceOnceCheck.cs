using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.Business;

/// <summary>
/// <c>check:resource-once-per-transaction</c> (ON-FHIR-BR-V6): a resource appears once per transaction. An entry is
/// the same resource as an earlier one of its type when either carries the identifier the other's conditional url is
/// on (its business identity). Two entries with the same url are left to invariant on-mi-bdl-2, so each duplicate is
/// reported once; reports sharing an accession number but not their report number stay distinct.
/// </summary>
public static class ResourceOnceCheck
{
    public const string Name = "resource-once-per-transaction";

    public static IEnumerable<Finding> Check(IReadOnlyList<TransactionEntry> entries)
    {
        for (var later = 1; later < entries.Count; later++)
        {
            var entry = entries[later];
            var first = entries.Take(later).FirstOrDefault(earlier => earlier.ResourceType == entry.ResourceType
                && earlier.Url != entry.Url && (Carries(entry, earlier) || Carries(earlier, entry)));
            if (first is not null)
                yield return new(FindingSeverity.Error, "business-rule", entry.Location,
                    $"the {entry.ResourceType} of {entry.Location} is the one of {first.Location} again (they share the identifier a conditional url is on): "
                    + "a resource appears once per transaction", BusinessCheckRule.RuleIdOf(Name));
        }
    }

    /// <summary>True when <paramref name="entry"/>'s resource carries the identifier <paramref name="other"/>'s url is on.</summary>
    private static bool Carries(TransactionEntry entry, TransactionEntry other) =>
        other.UrlIdentity is { } named && entry.Identifiers.Contains((named.System, named.Value));
}
