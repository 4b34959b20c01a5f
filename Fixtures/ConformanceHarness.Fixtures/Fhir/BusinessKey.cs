namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// A resource's business identity: its type and the identifier (system, value) its contribution entry is a conditional
/// update on (ontario-fhir-ig.md §6.1, BR-V3). The entry's fullUrl is derived from it, so references and entries agree.
/// </summary>
internal sealed record BusinessKey(string ResourceType, string System, string Value)
{
    public string FullUrl => FullUrls.For(ResourceType, System, Value);

    /// <summary>The conditional update url, <c>Type?identifier=system|value</c>.</summary>
    public string ConditionalUrl => $"{ResourceType}?identifier={System}|{Value}";
}
