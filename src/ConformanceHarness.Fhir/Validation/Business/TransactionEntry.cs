using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Business;

/// <summary>
/// One entry of a transaction as the business checks read it: its index, its resource's type and business identifiers
/// (those with both system and value), and its request; <see cref="UrlIdentity"/> is the identifier a conditional url
/// <c>Type?identifier=system|value</c> names, null for any other url.
/// </summary>
public sealed record TransactionEntry(int Index, string? ResourceType, IReadOnlyList<(string System, string Value)> Identifiers,
    string? Method, string? Url)
{
    private const string Query = "?identifier=";

    public string Location => $"Bundle.entry[{Index}]";

    public (string Type, string System, string Value)? UrlIdentity
    {
        get
        {
            var query = Url?.IndexOf(Query, StringComparison.Ordinal) ?? -1;
            if (query <= 0) return null;
            var criterion = Url![(query + Query.Length)..];
            var bar = criterion.LastIndexOf('|');
            return bar <= 0 || bar == criterion.Length - 1 || criterion.Contains('&') ? null : (Url[..query], criterion[..bar], criterion[(bar + 1)..]);
        }
    }

    /// <summary>The entries of <paramref name="bundle"/> that have a resource.</summary>
    public static IReadOnlyList<TransactionEntry> Read(ITypedElement bundle) =>
    [
        .. bundle.Children("entry").Select((entry, index) => (entry, index))
            .Where(e => e.entry.Children("resource").Any()).Select(e => Of(e.entry, e.index)),
    ];

    private static TransactionEntry Of(ITypedElement entry, int index)
    {
        var resource = entry.Children("resource").First();
        var identifiers = resource.Children("identifier")
            .Select(i => (System: Text(i, "system"), Value: Text(i, "value")))
            .Where(i => i.System is not null && i.Value is not null).Select(i => (i.System!, i.Value!)).ToList();
        var request = entry.Children("request").FirstOrDefault();
        return new(index, resource.InstanceType, identifiers, request is null ? null : Text(request, "method"), request is null ? null : Text(request, "url"));
    }

    private static string? Text(ITypedElement node, string child) => node.Children(child).FirstOrDefault()?.Value?.ToString();
}
