using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.Schema;

/// <summary>A StructureDefinition compiled for validation: its root element (the element tree) and what it defines.</summary>
public sealed class StructureSchema(StructureDefinition definition, ElementSchema root)
{
    public StructureDefinition Definition { get; } = definition;

    /// <summary>The canonical url, with <c>|version</c> when the definition has a version.</summary>
    public string Url { get; } = definition.Url ?? "(no url)";

    /// <summary>The type it constrains or defines (<c>DiagnosticReport</c>, <c>Extension</c>, <c>string</c>).</summary>
    public string Type { get; } = definition.Type ?? "(no type)";

    public ElementSchema Root { get; } = root;

    public bool IsResource => Definition.Kind == StructureDefinition.StructureDefinitionKind.Resource;

    public override string ToString() => Url;
}
