using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// The definitions one validation uses: conformance packs (FHIR NPM packages, folder or <c>.tgz</c>) with their
/// dependencies, then the R4 core. <see cref="Resolver"/> resolves canonicals (<c>url</c> or <c>url|version</c>) in
/// that order and hands out StructureDefinitions with snapshots, generated and cached when a pack ships a
/// differential only; <see cref="GetSnapshotAsync"/> also says what generation reported. <see cref="Findings"/> holds
/// what loading found (missing dependencies, version mismatches).
/// </summary>
public sealed class FhirDefinitionSet
{
    private static readonly Lazy<FhirDefinitionSet> CoreOnlySet = new(() => new([], []));

    private readonly SnapshotCache _snapshots;

    private FhirDefinitionSet(IReadOnlyList<LoadedPackage> packages, IReadOnlyList<Finding> findings)
    {
        Packages = packages;
        Findings = findings;
        var definitions = new CachedResolver(new MultiResolver([.. packages.Select(p => p.Source), CoreDefinitions.Resolver]));
        var searched = string.Join(", ", [.. packages.Select(p => p.Manifest.Id), CoreDefinitions.PackageId]);
        _snapshots = new SnapshotCache(definitions, ProblemWith, searched);
        Resolver = new SnapshotResolver(definitions, _snapshots);
    }

    /// <summary>The R4 core alone, shared by the process.</summary>
    public static FhirDefinitionSet CoreOnly => CoreOnlySet.Value;

    /// <summary>
    /// Opens <paramref name="packs"/> (package folders, folders holding <c>package/</c>, or <c>.tgz</c>) and their
    /// dependencies. A pack that cannot be opened is an exception naming it; a missing dependency is a finding.
    /// </summary>
    public static FhirDefinitionSet Load(IEnumerable<string> packs, PackageLoadOptions? options = null)
    {
        var given = packs.Select(pack => LoadedPackage.Open(pack, CoreDefinitions.CacheRoot)).ToList();
        if (given.Count == 0) return CoreOnly;
        var (packages, findings) = PackageDependencies.Close(given, options ?? PackageLoadOptions.Default);
        return new(packages, findings);
    }

    /// <summary>The packs given, then their dependencies (the R4 core is implicit).</summary>
    public IReadOnlyList<LoadedPackage> Packages { get; }

    /// <summary>What loading the packages found.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Packs first, then core; every StructureDefinition it returns has a snapshot when one could be generated.</summary>
    public IAsyncResourceResolver Resolver { get; }

    /// <summary>The StructureDefinition with its snapshot, and the findings of generating it (cached per canonical).</summary>
    public Task<SnapshotResult> GetSnapshotAsync(string canonical) => _snapshots.GetAsync(canonical);

    private string? ProblemWith(string canonical) => Packages.Select(p => p.Source.ProblemWith(canonical)).FirstOrDefault(p => p is not null);
}
