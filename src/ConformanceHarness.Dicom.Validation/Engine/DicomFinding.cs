using ConformanceHarness.Requirements;

namespace ConformanceHarness.Dicom.Validation.Engine;

/// <summary>
/// One verdict about one place of one instance (or of a study set): which rule (<see cref="Rule"/>, the engine's
/// rule name) at which tag path (<see cref="TagPath"/>: <c>(0040,0275)[0]/(0040,1001)</c>, empty for the whole
/// instance), the value seen, and why. The pack gives it its severity and its <see cref="Requirement"/> (id, level,
/// provenance); <see cref="Source"/> keeps our findings apart from an external oracle's (<c>dciodvfy</c>).
/// </summary>
public sealed record DicomFinding(DicomFindingSeverity Severity, string Rule, string TagPath, string Message, string? Value = null)
{
    public const string HarnessSource = "harness";

    /// <summary>The instance file the finding is about; null for a finding about the whole set.</summary>
    public string? File { get; init; }

    public Requirement? Requirement { get; init; }

    public string Source { get; init; } = HarnessSource;

    public bool IsError => Severity == DicomFindingSeverity.Error;

    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Rule}{(TagPath.Length == 0 ? "" : " at " + TagPath)}: {Message}"
        + (Value is null ? "" : $" (value '{Value}')") + (Requirement is null ? "" : $" {Requirement}");
}
