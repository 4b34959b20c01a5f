namespace ConformanceHarness.Requirements;

/// <summary>
/// One rule of a guide as a pack's catalogue states it: a stable <see cref="Id"/> (<c>ON-FHIR-BR-V4</c>), our paraphrase,
/// its level (SHALL, SHOULD, MAY …), its provenance (<c>v1</c> official ballot, <c>TU</c>/<c>v0.9</c> older versions,
/// <c>OH-sister</c>, <c>FHIR-base</c>, <c>INF</c> inferred, <c>EU-1.0.0</c> …), a public source URL, and what enforces it.
/// An entry nothing can enforce says why in <see cref="NotImplementable"/>.
/// </summary>
public sealed record Requirement(
    string Id,
    string Text,
    string Level,
    string Provenance,
    string? Source,
    IReadOnlyList<ImplementedBy> ImplementedBy,
    string? NotImplementable)
{
    public override string ToString() => $"{Id} ({Level}, {Provenance})";
}
