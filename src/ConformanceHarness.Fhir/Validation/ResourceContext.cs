using ConformanceHarness.Fhir.Validation.References;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// The resource an element belongs to, for what reaches beyond the element: contained resources (<c>#id</c>), the
/// entries of an enclosing Bundle (by <c>fullUrl</c>) and the resources around it. <see cref="Parent"/> is the
/// enclosing resource (the Bundle of an entry, the container of a contained resource), null at the top.
/// </summary>
public sealed class ResourceContext(ITypedElement resource, string location, ResourceContext? parent)
{
    private const string ContainedStep = ".contained[";
    private Dictionary<string, ITypedElement>? _contained;
    private Dictionary<string, int>? _containedIndex;
    private BundleIndex? _entries;

    public ITypedElement Resource { get; } = resource;

    /// <summary>The resource's location in the validated document (<c>Bundle.entry[2].resource</c>).</summary>
    public string Location { get; } = location;

    public ResourceContext? Parent { get; } = parent;

    public string? ResourceType => Resource.InstanceType;

    /// <summary>The contained resources by id (without '#'), read on first use.</summary>
    public IReadOnlyDictionary<string, ITypedElement> Contained => _contained ??= ReadContained();

    /// <summary>For a Bundle, its entries by fullUrl and by location, read on first use; empty for any other resource.</summary>
    public BundleIndex Entries => _entries ??= ResourceType == "Bundle" ? BundleIndex.Read(Resource, Location) : BundleIndex.None;

    /// <summary>
    /// The resource whose contained resources this one's <c>#id</c> references name: a contained resource's container
    /// (found by location, so also when the context was entered through a reference), else this resource itself.
    /// </summary>
    public ResourceContext Container
    {
        get
        {
            var step = Location.LastIndexOf(ContainedStep, StringComparison.Ordinal);
            if (step < 0 || !Location.EndsWith(']')) return this;
            var containerLocation = Location[..step];
            for (var ancestor = Parent; ancestor is not null; ancestor = ancestor.Parent)
                if (ancestor.Location == containerLocation) return ancestor.Container;
            return this;
        }
    }

    /// <summary>The nearest Bundle around this resource (itself included), or null.</summary>
    public ResourceContext? EnclosingBundle
    {
        get
        {
            for (var context = this; context is not null; context = context.Parent)
                if (context.ResourceType == "Bundle") return context;
            return null;
        }
    }

    /// <summary>The entry of <see cref="EnclosingBundle"/> this resource is (or is contained in), or null.</summary>
    public BundleEntry? Entry
    {
        get
        {
            if (EnclosingBundle is not { } bundle) return null;
            for (var context = this; context is not null && context != bundle; context = context.Parent)
                if (bundle.Entries.AtLocation(context.Location) is { } entry) return entry;
            return null;
        }
    }

    /// <summary>The contained resource with <paramref name="id"/> and its location, or null.</summary>
    public ResolvedTarget? FindContained(string id)
    {
        if (!Contained.TryGetValue(id, out var node)) return null;
        return new(node, $"{Location}{ContainedStep}{_containedIndex![id]}]");
    }

    private Dictionary<string, ITypedElement> ReadContained()
    {
        var byId = new Dictionary<string, ITypedElement>(StringComparer.Ordinal);
        _containedIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var contained in Resource.Children("contained"))
        {
            if (contained.Children("id").FirstOrDefault()?.Value is string id && byId.TryAdd(id, contained)) _containedIndex[id] = index;
            index++;
        }
        return byId;
    }
}
