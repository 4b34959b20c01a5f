namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// A core constraint that R4 4.0.1 states in a way the SDK's FHIRPath engine cannot run, or states wrongly, and what
/// the validator does instead: skip it (<see cref="Replacement"/> null) or evaluate <see cref="Replacement"/>. It applies
/// only while the constraint's expression is exactly <see cref="Expression"/>, so a profile that repairs it is evaluated.
/// </summary>
public sealed record InvariantQuirk(string Key, string Expression, string Reason, string? Replacement = null)
{
    public bool IsSkipped => Replacement is null;
}
