using System.Runtime.CompilerServices;
using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// Validates a resolved reference target against the profiles its element allows, as the Java validator does: the
/// reference is an error when the target conforms to none of them. Each (target, profile) is validated at most once per
/// run, and a check already under way counts as conforming, so self references and cycles terminate.
/// </summary>
public static class TargetProfileCheck
{
    private static readonly ConditionalWeakTable<ValidationRun, Dictionary<string, string?>> Verdicts = [];
    private const string UnderWay = "(under way)";

    /// <summary>Null when the target conforms to one of <paramref name="profiles"/>; else the first problem for each profile.</summary>
    public static string? Problem(ResolvedTarget target, IReadOnlyList<string> profiles, ValidationRun run)
    {
        var problems = new List<string>();
        foreach (var profile in profiles)
        {
            if (Verdict(target, profile, run) is not { } problem) return null;
            problems.Add($"{profile}: {problem}");
        }
        return string.Join("; ", problems);
    }

    /// <summary>Null when the target conforms to <paramref name="profile"/> (or the check is under way), else its first error.</summary>
    private static string? Verdict(ResolvedTarget target, string profile, ValidationRun run)
    {
        var verdicts = Verdicts.GetOrCreateValue(run);
        var key = target.Location + "|" + profile;
        if (verdicts.TryGetValue(key, out var known)) return known == UnderWay ? null : known;
        if (run.ResourceDepth >= ValidationRun.MaxResourceDepth)
            return $"references nest deeper than {ValidationRun.MaxResourceDepth} resources, so the target was not checked";
        verdicts[key] = UnderWay;
        var verdict = FirstError(Validate(target, profile, run));
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

    private static string? FirstError(ValidationReport report)
    {
        foreach (var finding in report.Findings)
            if (finding.IsError) return $"{finding.Message} at {finding.Location}";
        return null;
    }
}
