using System.Runtime;

namespace ConformanceHarness.Cli;

/// <summary>
/// .NET's multi-core JIT: the methods a command JIT-compiled on its last run are recorded in a profile per command
/// (<c>fhir-validate.jitprofile</c>) in the harness cache, and compiled on a background core on the next start, so a
/// one-file <c>harness fhir validate</c> spends less of its cold second in the JIT. A cache that cannot be written only
/// loses the speed-up. <c>CH_JIT_PROFILE=0</c> turns it off.
/// </summary>
public static class StartupProfile
{
    public static void Start(IReadOnlyList<string> args)
    {
        if (Environment.GetEnvironmentVariable("CH_JIT_PROFILE") == "0") return;
        try
        {
            var folder = Path.Combine(CacheHome(), "conformance-harness", "jit");
            Directory.CreateDirectory(folder);
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(Name(args) + ".jitprofile");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // No profile: the command runs as it would without one.
        }
    }

    /// <summary>The verbs, without options or paths: <c>fhir validate a.json</c> → <c>fhir-validate</c>.</summary>
    private static string Name(IReadOnlyList<string> args)
    {
        var verbs = args.TakeWhile(a => !a.StartsWith('-') && a.All(c => char.IsAsciiLetterLower(c))).Take(2).ToList();
        return verbs.Count == 0 ? "harness" : string.Join('-', verbs);
    }

    private static string CacheHome() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
}
