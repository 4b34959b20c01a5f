using System.Runtime.CompilerServices;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Requirements;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// Validates a resolved reference target against the profiles its element allows, as the Java validator does: the
/// reference is an error when the target conforms to none of them. Each (target, profile) is validated at most once per
/// run, and a check already under way counts as conforming, so self references and cycles terminate. The problem
/// carries the requirement its cause cites (the target's first error, by the run's catalogues), so one defect of a
/// Bundle entry, reported where the entry is and again at each reference to it, is counted against one requirement.
/// </summary>
public static class TargetProfileCheck
{
    private static readonly ConditionalWeakTable<ValidationRun, Dictionary<string, Finding?>> Verdicts = [];
    private static readonly Finding UnderWay = new(FindingSeverity.Information, "informational", "", "(under way)");

    /// <summary>
    /// Null when the target conforms to one of <paramref name="profiles"/>; else the first problem for each profile,
    /// and the requirement they all cite, if they cite one and the same.
    /// </summary>
    public static (string Text, Requirement? Cause)? Problem(ResolvedTarget target, IReadOnlyList<string> profiles, ValidationRun run)
    {
        var problems = new List<(string Profile, Finding Error)>();
        foreach (var profile in profiles)
        {
            if (Verdict(target, profile, run) is not { } problem) return null;
            problems.Add((profile, problem));
        }
        var causes = problems.Select(p => p.Error.Requirement ?? run.Services.Requirements.For(p.Error)).Distinct().ToList();
        return (string.Join("; ", problems.Select(p => $"{p.Profile}: {p.Error.Message} at {p.Error.Location}")), causes.Count == 1 ? causes[0] : null);
    }

    /// <summary>Null when the target conforms to <paramref name="profile"/> (or the check is under way), else its first error.</summary>
    private static Finding? Verdict(ResolvedTarget target, string profile, ValidationRun run)
    {
        var verdicts = Verdicts.GetOrCreateValue(run);
        var key = target.Location + "|" + profile;
        if (verdicts.TryGetValue(key, out var known)) return ReferenceEquals(known, UnderWay) ? null : known;
        if (run.ResourceDepth >= ValidationRun.MaxResourceDepth)
            return new(FindingSeverity.Error, "processing", target.Location,
                $"references nest deeper than {ValidationRun.MaxResourceDepth} resources, so the target was not checked");
        verdicts[key] = UnderWay;
        var verdict = Validate(target, profile, run).Findings.FirstOrDefault(f => f.IsError);
        verdicts[key] = verdict;
        return verdict;
    }

    private static ValidationReport Validate(ResolvedTarget target, string profile, ValidationRun run)
    {
        var context = run.Enter(target.Resource, target.Location);
        try
        {
            return run.ValidateAgainst(target.Resource, profile, target.Location);
        }
        finally
        {
            run.Leave(context);
        }
    }
}
