using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// The entries of one Bundle that have a resource, by fullUrl (several entries may share one: versions in a history
/// Bundle, bdl-7) and by the resource's location (<c>Bundle.entry[2].resource</c>).
/// </summary>
public sealed class BundleIndex
{
    public static readonly BundleIndex None = new([]);

    private readonly Dictionary<string, List<BundleEntry>> _byFullUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BundleEntry> _byLocation = new(StringComparer.Ordinal);

    private BundleIndex(IReadOnlyList<BundleEntry> entries)
    {
        All = entries;
        foreach (var entry in entries)
        {
            _byLocation[entry.Location] = entry;
            if (entry.FullUrl is not { } fullUrl) continue;
            if (!_byFullUrl.TryGetValue(fullUrl, out var list)) _byFullUrl[fullUrl] = list = [];
            list.Add(entry);
        }
    }

    public IReadOnlyList<BundleEntry> All { get; }

    public static BundleIndex Read(ITypedElement bundle, string location)
    {
        var entries = new List<BundleEntry>();
        var index = 0;
        foreach (var entry in bundle.Children("entry"))
        {
            if (entry.Children("resource").FirstOrDefault() is { } resource)
                entries.Add(new(entry.Children("fullUrl").FirstOrDefault()?.Value as string, resource, $"{location}.entry[{index}].resource"));
            index++;
        }
        return new(entries);
    }

    /// <summary>The entries whose fullUrl is <paramref name="fullUrl"/> (empty when none).</summary>
    public IReadOnlyList<BundleEntry> WithFullUrl(string fullUrl) => _byFullUrl.TryGetValue(fullUrl, out var list) ? list : [];

    public BundleEntry? AtLocation(string location) => _byLocation.GetValueOrDefault(location);
}
