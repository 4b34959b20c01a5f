namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// What resolving a reference inside the validated document gave: the target, or a <see cref="Failure"/> when the
/// reference must resolve there and does not, or neither when it may point outside (a server, another document).
/// </summary>
public sealed record Resolution(ResolvedTarget? Target, string? Failure)
{
    public static readonly Resolution Outside = new(null, null);

    public static Resolution Found(ResolvedTarget target) => new(target, null);

    public static Resolution Missing(string failure) => new(null, failure);
}
