using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// A parsed <c>Reference.reference</c>: its form, and for RESTful forms the resource type, id and version it names.
/// <see cref="Base"/> is the service base of an absolute RESTful URL with its trailing '/' (<c>http://x/fhir/</c>).
/// <see cref="Parse"/> returns null for text that is none of the forms R4 allows.
/// </summary>
public sealed partial record LiteralReference(ReferenceKind Kind, string Text, string? ResourceType = null, string? Id = null, string? Version = null, string? Base = null)
{
    /// <summary>The reference without its <c>/_history/n</c>, as fullUrls are matched (R4 §2.36.4).</summary>
    public string VersionIndependent => Version is null ? Text : Text[..Text.LastIndexOf("/_history/", StringComparison.Ordinal)];

    /// <summary>The contained id (without '#'); empty for <c>#</c> alone, which is the container.</summary>
    public string? ContainedId => Kind == ReferenceKind.Contained ? Text[1..] : null;

    public static LiteralReference? Parse(string text)
    {
        if (text.StartsWith('#')) return ContainedPattern().IsMatch(text) ? new(ReferenceKind.Contained, text) : null;
        if (text.StartsWith("urn:uuid:", StringComparison.Ordinal)) return UuidPattern().IsMatch(text) ? new(ReferenceKind.Uuid, text) : null;
        if (text.StartsWith("urn:oid:", StringComparison.Ordinal)) return OidPattern().IsMatch(text) ? new(ReferenceKind.Oid, text) : null;
        if (RestfulPattern().Match(text) is { Success: true } restful && ModelInfo.IsKnownResource(restful.Groups["type"].Value))
            return new(restful.Groups["base"].Success ? ReferenceKind.Absolute : ReferenceKind.Relative, text,
                restful.Groups["type"].Value, restful.Groups["id"].Value, restful.Groups["version"].Success ? restful.Groups["version"].Value : null,
                restful.Groups["base"].Success ? restful.Groups["base"].Value : null);
        if (ConditionalPattern().Match(text) is { Success: true } conditional && ModelInfo.IsKnownResource(conditional.Groups["type"].Value))
            return new(ReferenceKind.Conditional, text, conditional.Groups["type"].Value);
        return IsHttpUrl(text) ? new(ReferenceKind.Absolute, text) : null;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"^#([A-Za-z0-9\-\.]{1,64})?$")]
    private static partial Regex ContainedPattern();

    [GeneratedRegex(@"^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^urn:oid:[0-2](\.(0|[1-9][0-9]*))+$")]
    private static partial Regex OidPattern();

    /// <summary>R4's RESTful URL pattern (§2.3.0): an optional http(s) base, then type/id and an optional /_history/version.</summary>
    [GeneratedRegex(@"^(?<base>https?://[^?#]*/)?(?<type>[A-Z][A-Za-z]+)/(?<id>[A-Za-z0-9\-\.]{1,64})(/_history/(?<version>[A-Za-z0-9\-\.]{1,64}))?$")]
    private static partial Regex RestfulPattern();

    [GeneratedRegex(@"^(?<type>[A-Z][A-Za-z]+)\?\S+$")]
    private static partial Regex ConditionalPattern();
}
