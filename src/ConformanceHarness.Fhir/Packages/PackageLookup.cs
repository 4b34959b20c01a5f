using Hl7.Fhir.Support;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>The index of one package keyed by canonical URL and by <c>Type/id</c>.</summary>
internal sealed class PackageLookup
{
    private readonly Dictionary<string, List<PackageIndexEntry>> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PackageIndexEntry> _byTypeAndId = new(StringComparer.Ordinal);

    public PackageLookup(IReadOnlyList<PackageIndexEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            if (entry.Url is not null)
            {
                if (!_byUrl.TryGetValue(entry.Url, out var list)) _byUrl[entry.Url] = list = [];
                list.Add(entry);
            }
            if (entry.Id is not null) _byTypeAndId.TryAdd($"{entry.ResourceType}/{entry.Id}", entry);
        }
    }

    public IReadOnlyList<PackageIndexEntry> Entries { get; }

    /// <summary>
    /// <c>url|version</c> matches that version only; a bare url matches the one resource with that url. A bare url
    /// held in several versions (core R4 has v2-0360 as 2.3.1 and 2.7) is a conflict, as the SDK's DirectorySource
    /// reports it: <see cref="ResolvingConflictException"/> naming the files, never an arbitrary pick.
    /// </summary>
    public PackageIndexEntry? FindCanonical(string canonical)
    {
        var bar = canonical.IndexOf('|');
        var url = bar < 0 ? canonical : canonical[..bar];
        if (!_byUrl.TryGetValue(url, out var candidates)) return null;
        if (bar >= 0) return candidates.FirstOrDefault(c => c.Version == canonical[(bar + 1)..]);
        if (candidates.Select(c => c.Version).Distinct().Skip(1).Any())
            throw ResolvingConflictException.CanonicalUrlConflict([new(url, candidates.Select(c => c.FileName))]);
        return candidates[0];
    }

    /// <summary>A relative reference such as <c>StructureDefinition/Patient</c>; an absolute URL is only ever a canonical.</summary>
    public PackageIndexEntry? FindTypeAndId(string uri) => _byTypeAndId.GetValueOrDefault(uri);
}
