namespace ConformanceHarness.Fhir.Terminology;

/// <summary>Bounds on expansion, so a huge or cyclic value set costs bounded time and memory.</summary>
public sealed record TerminologyOptions
{
    public static readonly TerminologyOptions Default = new();

    /// <summary>An expansion with more codes than this is not checkable.</summary>
    public int MaxExpansionSize { get; init; } = 100_000;

    /// <summary>How deep <c>compose.include.valueSet</c> imports may nest.</summary>
    public int MaxImportDepth { get; init; } = 16;
}
