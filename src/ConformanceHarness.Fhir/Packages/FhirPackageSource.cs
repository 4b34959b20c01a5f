using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>
/// Resolves the resources of one FHIR package folder by canonical (<c>url</c> or <c>url|version</c>) or by
/// <c>Type/id</c>, reading the package's index once and parsing only the file asked for. This is what makes a cold start
/// cheap: the SDK's DirectorySource reads a summary of every file first. Wrap it in a CachedResolver to parse each file
/// once. Files that do not parse cleanly are kept in <see cref="Problems"/>; what the SDK could recover of them still
/// resolves, and a file that is not JSON resolves to nothing.
/// </summary>
public sealed class FhirPackageSource : IAsyncResourceResolver, IResourceResolver
{
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    private readonly Lazy<PackageLookup> _lookup;
    private readonly ConcurrentDictionary<string, string> _problems = new(StringComparer.Ordinal);

    public FhirPackageSource(string packageFolder)
    {
        PackageFolder = packageFolder;
        _lookup = new(() => new PackageLookup(PackageIndex.Read(packageFolder)));
    }

    public string PackageFolder { get; }

    /// <summary>Every resource file of the package, in index order.</summary>
    public IReadOnlyList<PackageIndexEntry> Entries => _lookup.Value.Entries;

    /// <summary>File name → why it could not be used, for files asked for so far.</summary>
    public IReadOnlyDictionary<string, string> Problems => _problems;

    /// <summary>Why the resource with this canonical could not be used (file name and reason), once it was asked for; else null.</summary>
    public string? ProblemWith(string canonical) =>
        _lookup.Value.FindCanonical(canonical) is { } entry && _problems.TryGetValue(entry.FileName, out var problem) ? $"{entry.FileName}: {problem}" : null;

    public Resource? ResolveByCanonicalUri(string uri) => _lookup.Value.FindCanonical(uri) is { } entry ? Load(entry) : null;

    public Resource? ResolveByUri(string uri) =>
        ResolveByCanonicalUri(uri) ?? (_lookup.Value.FindTypeAndId(uri) is { } entry ? Load(entry) : null);

    public Task<Resource?> ResolveByCanonicalUriAsync(string uri) => System.Threading.Tasks.Task.FromResult(ResolveByCanonicalUri(uri));

    public Task<Resource?> ResolveByUriAsync(string uri) => System.Threading.Tasks.Task.FromResult(ResolveByUri(uri));

    private Resource? Load(PackageIndexEntry entry)
    {
        var path = Path.Combine(PackageFolder, entry.FileName);
        try
        {
            if (!Deserializer.TryDeserializeResource(File.ReadAllText(path), out var resource, out var issues))
                _problems[entry.FileName] = string.Join("; ", issues.Select(i => i.Message));
            return resource;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
        {
            _problems[entry.FileName] = error.Message;
        }
        return null;
    }
}
