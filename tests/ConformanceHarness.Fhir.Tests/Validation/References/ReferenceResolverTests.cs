using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Parsing;
using ConformanceHarness.Fhir.Validation.References;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Tests.Validation.References;

/// <summary>Resolution inside a Bundle (R4 §2.36.4), from the context of its entry[0].</summary>
public sealed class ReferenceResolverTests
{
    private const string Bundle = """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"fullUrl":"http://x.org/fhir/Observation/o1","resource":{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"t"}}},
          {"fullUrl":"http://x.org/fhir/Patient/p1","resource":{"resourceType":"Patient","id":"p1","meta":{"versionId":"3"}}},
          {"fullUrl":"urn:uuid:2ec8f9c4-5d0b-4c3a-8f52-0c7a6a1f3b9e","resource":{"resourceType":"Patient","active":true}},
          {"fullUrl":"http://y.org/fhir/Patient/p2","resource":{"resourceType":"Patient","id":"p2"}}]}
        """;

    [Theory]
    [InlineData("Patient/p1", "Bundle.entry[1].resource")]
    [InlineData("Patient/p1/_history/3", "Bundle.entry[1].resource")]
    [InlineData("http://x.org/fhir/Patient/p1", "Bundle.entry[1].resource")]
    [InlineData("http://y.org/fhir/Patient/p2", "Bundle.entry[3].resource")]
    [InlineData("urn:uuid:2ec8f9c4-5d0b-4c3a-8f52-0c7a6a1f3b9e", "Bundle.entry[2].resource")]
    public void Resolve_InBundle_FindsTheEntry(string text, string location)
    {
        var resolution = ReferenceResolver.Resolve(LiteralReference.Parse(text)!, EntryContext(Bundle, 0));

        Assert.Equal((location, (string?)null), (resolution.Target?.Location, resolution.Failure));
    }

    [Theory]
    [InlineData("Patient/p2")] // p2 lives under another base than the referring entry's fullUrl
    [InlineData("Patient/p1/_history/2")] // the entry holds version 3
    [InlineData("http://z.org/fhir/Patient/p1")]
    public void Resolve_NotInBundleButMayBeElsewhere_IsOutside(string text) =>
        Assert.Same(Resolution.Outside, ReferenceResolver.Resolve(LiteralReference.Parse(text)!, EntryContext(Bundle, 0)));

    [Fact]
    public void Resolve_RelativeFromEntryWithUuidFullUrl_IsOutside() =>
        Assert.Same(Resolution.Outside, ReferenceResolver.Resolve(LiteralReference.Parse("Patient/p1")!, EntryContext(Bundle, 2)));

    [Fact]
    public void Resolve_UuidNotInBundle_IsMissing()
    {
        var resolution = ReferenceResolver.Resolve(LiteralReference.Parse("urn:uuid:00000000-0000-0000-0000-000000000000")!, EntryContext(Bundle, 0));

        Assert.Equal("no entry of the Bundle at Bundle has fullUrl 'urn:uuid:00000000-0000-0000-0000-000000000000'", resolution.Failure);
    }

    /// <summary>The context the walker gives Bundle.entry[index].resource: its Parent is the Bundle's.</summary>
    private static ResourceContext EntryContext(string json, int index)
    {
#pragma warning disable SDK0001 // the POCO typed tree, as FhirValidator builds it
        var bundle = new ScopedNode(ResourceParser.Parse(json, ResourceFormat.Json).Resource!.ToTypedElement());
#pragma warning restore SDK0001
        var entry = bundle.Children("entry").ElementAt(index).Children("resource").Single();
        return new ResourceContext(entry, $"Bundle.entry[{index}].resource", new ResourceContext(bundle, "Bundle", null));
    }
}
