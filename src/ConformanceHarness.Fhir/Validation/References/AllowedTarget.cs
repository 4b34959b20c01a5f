namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// Whether a resource type is an allowed target, and if it is allowed only through profiles, the profiles a target
/// must conform to (one of them) and those that could not be found.
/// </summary>
public sealed record AllowedTarget(bool IsAllowed, IReadOnlyList<string> Profiles, IReadOnlyList<string> UnknownProfiles)
{
    public static readonly AllowedTarget Freely = new(true, [], []);

    public static readonly AllowedTarget Not = new(false, [], []);
}
