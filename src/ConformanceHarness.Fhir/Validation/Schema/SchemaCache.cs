using System.Collections.Concurrent;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Packages;

namespace ConformanceHarness.Fhir.Validation.Schema;

/// <summary>
/// Compiled schemas by canonical, built once per process and definition set from the snapshots of
/// <see cref="FhirDefinitionSet"/>. A canonical that does not resolve, or whose snapshot cannot be made or compiled,
/// gives a null schema and the findings that say why; the same findings are returned on every later request.
/// </summary>
public sealed class SchemaCache(FhirDefinitionSet definitions)
{
    public const string CoreBase = "http://hl7.org/fhir/StructureDefinition/";

    private readonly ConcurrentDictionary<string, Lazy<Task<SchemaResult>>> _schemas = new(StringComparer.Ordinal);

    public FhirDefinitionSet Definitions { get; } = definitions;

    public Task<SchemaResult> GetAsync(string canonical) =>
        (_schemas.TryGetValue(canonical, out var cached) ? cached
            : _schemas.GetOrAdd(canonical, static (key, self) => new(() => self.CompileAsync(key)), this)).Value;

    /// <summary>Synchronous <see cref="GetAsync"/>: blocks only the first time a canonical is asked for.</summary>
    public SchemaResult Get(string canonical)
    {
        var task = GetAsync(canonical);
        return task.IsCompletedSuccessfully ? task.Result : task.GetAwaiter().GetResult();
    }

    /// <summary>The core definition of a type or resource (<c>HumanName</c> → <c>http://hl7.org/fhir/StructureDefinition/HumanName</c>).</summary>
    public SchemaResult ForType(string type) => Get(type.Contains(':') ? type : CoreBase + type);

    private async Task<SchemaResult> CompileAsync(string canonical)
    {
        var snapshot = await Definitions.GetSnapshotAsync(canonical);
        if (snapshot.Definition is null) return new(null, snapshot.Findings);
        try
        {
            return new(SchemaCompiler.Compile(snapshot.Definition), snapshot.Findings);
        }
        catch (ArgumentException error)
        {
            return new(null, [.. snapshot.Findings, new Finding(FindingSeverity.Error, "processing", canonical, error.Message, SnapshotCache.RuleId, canonical)]);
        }
    }
}
