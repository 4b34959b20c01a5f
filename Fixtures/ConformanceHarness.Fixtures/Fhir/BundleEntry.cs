using System.Text.Json.Nodes;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>A resource with its fullUrl and, in a transaction, its business key (the conditional update).</summary>
internal sealed record BundleEntry(string FullUrl, JsonObject Resource, BusinessKey? Key = null)
{
    public static BundleEntry Of(BusinessKey key, JsonObject resource) => new(key.FullUrl, resource, key);

    /// <summary>The entry as Bundle JSON: fullUrl, resource and, for a keyed entry, a conditional PUT.</summary>
    public JsonObject ToJson()
    {
        var entry = new JsonObject { ["fullUrl"] = FullUrl, ["resource"] = Resource };
        if (Key is not null) entry["request"] = new JsonObject { ["method"] = "PUT", ["url"] = Key.ConditionalUrl };
        return entry;
    }
}
