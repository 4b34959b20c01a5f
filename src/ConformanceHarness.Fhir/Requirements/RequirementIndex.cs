using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;

namespace ConformanceHarness.Fhir.Requirements;

/// <summary>
/// Which requirement a finding cites: an invariant finding by its constraint key (<c>invariant:KEY</c>), an element
/// rule's finding by the profile and element that made it (<c>SD-id#element-id</c>, the id read as the StructureDefinition's
/// url through the packages' indexes), a business check's finding by its rule id <c>check:NAME</c>. <see cref="Cite"/> gives each finding of a report its requirement.
/// </summary>
public sealed class RequirementIndex
{
    public static readonly RequirementIndex None = new([], []);

    private readonly Dictionary<string, Requirement> _byRuleId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Profile, string ElementId), Requirement> _byElement = new();

    public RequirementIndex(IEnumerable<RequirementCatalogue> catalogues, IEnumerable<PackageIndexEntry> entries)
    {
        Catalogues = [.. catalogues];
        var urls = entries.Where(e => e.ResourceType == "StructureDefinition" && e.Id is not null && e.Url is not null)
            .GroupBy(e => e.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Url!, StringComparer.Ordinal);
        foreach (var requirement in Catalogues.SelectMany(c => c.Requirements))
            foreach (var item in requirement.ImplementedBy)
            {
                if (item.Kind == ImplementedByKind.Invariant) _byRuleId.TryAdd(item.Target, requirement);
                else if (item.Kind == ImplementedByKind.Check) _byRuleId.TryAdd(item.Text, requirement);
                else if (item.Kind == ImplementedByKind.Element && urls.TryGetValue(item.Target, out var url))
                    _byElement.TryAdd((url, item.ElementId!), requirement);
            }
    }

    public IReadOnlyList<RequirementCatalogue> Catalogues { get; }

    public bool IsEmpty => _byRuleId.Count == 0 && _byElement.Count == 0;

    public Requirement? For(Finding finding)
    {
        if (finding.RuleId is { } rule && _byRuleId.TryGetValue(rule, out var byKey)) return byKey;
        if (finding.Profile is not { } profile || finding.ElementId is not { } element) return null;
        var bar = profile.IndexOf('|');
        return _byElement.GetValueOrDefault((bar < 0 ? profile : profile[..bar], element));
    }

    /// <summary>The report with each finding's requirement set, where the catalogues name one.</summary>
    public ValidationReport Cite(ValidationReport report)
    {
        if (IsEmpty || report.Findings.Count == 0) return report;
        return new([.. report.Findings.Select(f => f.Requirement is null && For(f) is { } requirement ? f with { Requirement = requirement } : f)]);
    }
}
