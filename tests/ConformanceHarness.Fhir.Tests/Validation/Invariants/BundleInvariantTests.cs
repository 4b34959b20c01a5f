namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>bdl-1 (total only in search and history), bdl-2 (entry.search only in a search), bdl-7 (fullUrl unique).</summary>
public class BundleInvariantTests
{
    private const string Entry = """{"fullUrl":"urn:uuid:1f0d3f3e-8a3c-4c1e-9a57-0d2b1c8f4a11","resource":{"resourceType":"Basic","code":{"text":"x"}}}""";

    [Fact]
    public void Bdl1_TotalInACollection_IsAnError()
    {
        var finding = InvariantFindings.Single("""{"resourceType":"Bundle","type":"collection","total":1,"entry":[""" + Entry + "]}", "bdl-1");

        InvariantFindings.AssertError(finding, "bdl-1", "Bundle");
    }

    [Fact]
    public void Bdl2_EntrySearchInACollection_IsAnError()
    {
        var entry = Entry.Replace("}}}", "}},\"search\":{\"mode\":\"match\"}}", StringComparison.Ordinal);

        var finding = InvariantFindings.Single("""{"resourceType":"Bundle","type":"collection","entry":[""" + entry + "]}", "bdl-2");

        InvariantFindings.AssertError(finding, "bdl-2", "Bundle");
    }

    [Fact]
    public void Bdl7_SameFullUrlTwice_IsAnError()
    {
        var finding = InvariantFindings.Single($$"""{"resourceType":"Bundle","type":"collection","entry":[{{Entry}},{{Entry}}]}""", "bdl-7");

        InvariantFindings.AssertError(finding, "bdl-7", "Bundle");
    }

    [Fact]
    public void SearchsetWithTotalAndSearch_HasNoInvariantFinding()
    {
        var entry = Entry.Replace("}}}", "}},\"search\":{\"mode\":\"match\"}}", StringComparison.Ordinal);

        Assert.Empty(InvariantFindings.Of("""{"resourceType":"Bundle","type":"searchset","total":1,"entry":[""" + entry + "]}"));
    }
}
