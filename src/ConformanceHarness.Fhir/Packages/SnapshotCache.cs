using System.Collections.Concurrent;
using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Snapshot;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// Snapshots for StructureDefinitions that lack one (a differential-only profile of a conformance pack), generated
/// once per canonical with the SDK's SnapshotGenerator (element ids generated) and cached with what it reported. The
/// resolver's own instance is never changed: the snapshot goes on a copy. Generation runs one at a time, because the
/// generator completes base definitions that lack a snapshot in place. A broken profile gives findings, never an
/// exception.
/// </summary>
public sealed class SnapshotCache(IAsyncResourceResolver definitions, Func<string, string?> problemWith, string searched)
{
    public const string RuleId = "snapshot";

    private static readonly SnapshotGeneratorSettings Settings = new() { GenerateElementIds = true };

    private readonly ConcurrentDictionary<string, Lazy<Task<SnapshotResult>>> _results = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _generation = new(1, 1);

    public Task<SnapshotResult> GetAsync(string canonical) => _results.GetOrAdd(canonical, c => new(() => CreateAsync(c))).Value;

    private async Task<SnapshotResult> CreateAsync(string canonical)
    {
        var resource = (await definitions.TryResolveByCanonicalUriAsync(canonical)).Value;
        if (resource is not StructureDefinition definition) return new(null, [NotFound(canonical, resource)]);
        // A pack file the SDK could only partly read still resolves; say so beside whatever the snapshot reports.
        Finding[] readProblems = problemWith(canonical) is { } problem
            ? [new(FindingSeverity.Warning, "structure", canonical, $"StructureDefinition {canonical} was read with problems: {problem}", RuleId, canonical)]
            : [];
        if (definition.Snapshot?.Element.Count > 0) return new(definition, readProblems);
        var copy = (StructureDefinition)definition.DeepCopy();
        await _generation.WaitAsync();
        try
        {
            var generator = new SnapshotGenerator(definitions, Settings);
            await generator.UpdateAsync(copy);
            return new(copy, [.. readProblems, .. SnapshotFindings.From(generator.Outcome, canonical), .. DifferentialCoverage.Check(copy)]);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return new(null, [new(FindingSeverity.Error, "processing", canonical, $"snapshot generation for {canonical} failed: {error.Message}", RuleId, canonical)]);
        }
        finally
        {
            _generation.Release();
        }
    }

    private Finding NotFound(string canonical, Resource? resource) => problemWith(canonical) is { } problem
        ? new(FindingSeverity.Error, "processing", canonical, $"StructureDefinition {canonical} could not be read: {problem}", RuleId, canonical)
        : resource is not null
            ? new(FindingSeverity.Error, "not-found", canonical, $"{canonical} is a {resource.TypeName}, not a StructureDefinition", RuleId, canonical)
            : new(FindingSeverity.Error, "not-found", canonical, $"no StructureDefinition {canonical} in {searched}", RuleId, canonical);
}
