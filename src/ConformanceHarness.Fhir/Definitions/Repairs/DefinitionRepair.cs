namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>
/// One change the core package builder made to a definition it was given, e.g.
/// <c>StructureDefinition/Meta snapshot Meta.project: removed (not in the differential)</c>.
/// </summary>
/// <param name="Definition">The definition's canonical URL.</param>
/// <param name="Part"><c>differential</c> or <c>snapshot</c>.</param>
/// <param name="ElementPath">The ElementDefinition.path changed.</param>
/// <param name="Change">What was done and why.</param>
public sealed record DefinitionRepair(string Definition, string Part, string ElementPath, string Change)
{
    public override string ToString() => $"{Definition} {Part} {ElementPath}: {Change}";
}
