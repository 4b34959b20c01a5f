using ConformanceHarness.Fhir.Tests.Support;
using ConformanceHarness.Fhir.Validation.Invariants;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.FhirPath;

namespace ConformanceHarness.Fhir.Tests.Validation.Invariants;

/// <summary>
/// The native ele-1 and ext-1 give what the SDK's FHIRPath gives for the core expressions, on every element (ext-1: every
/// extension, the only elements that carry it) of official examples.
/// </summary>
public class NativeInvariantsTests
{
    [Fact]
    public void NativeEle1AndExt1_EveryElementOfHundredExamples_EqualFhirPath()
    {
        var ele1 = InvariantCompiler.Compile(NativeInvariants.Ele1).Expression!;
        var ext1 = InvariantCompiler.Compile(NativeInvariants.Ext1).Expression!;
        var nodes = 0;
        foreach (var node in Examples(100).SelectMany(Descendants))
        {
            nodes++;
            Assert.True(ele1.Predicate(node, new FhirEvaluationContext()) == NativeInvariants.HasValueOrChildren(node), "ele-1 at " + ((ITypedElement)node).Location);
            if (((ITypedElement)node).InstanceType == "Extension")
                Assert.True(ext1.Predicate(node, new FhirEvaluationContext()) == NativeInvariants.ExtensionsXorValue(node), "ext-1 at " + ((ITypedElement)node).Location);
        }
        Assert.True(nodes > 10_000, $"only {nodes} elements compared");
    }

    /// <summary>
    /// dom-2/4/5/6 natively, and the dom-3/ref-1 shortcuts (true only where FHIRPath is true), on every resource and every
    /// Reference of 600 official examples, with <c>%resource</c> and <c>%rootResource</c> set as the walker sets them.
    /// </summary>
    [Theory]
    [InlineData(NativeInvariants.Dom2, "Resource")]
    [InlineData(NativeInvariants.Dom4, "Resource")]
    [InlineData(NativeInvariants.Dom5, "Resource")]
    [InlineData(NativeInvariants.Dom6, "Resource")]
    [InlineData(NativeInvariants.Dom3, "Resource")]
    [InlineData(NativeInvariants.Ref1, "Reference")]
    public void NativeDomAndRef_EveryResourceAndReferenceOfExamples_AgreeWithFhirPath(string expression, string on)
    {
        var compiled = InvariantCompiler.Compile(expression).Expression!;
        var native = NativeInvariants.For(expression);
        var shortcut = NativeInvariants.ShortcutFor(expression);
        Assert.True(native is not null ^ shortcut is not null, "exactly one of a native check and a shortcut");
        var compared = 0;
        foreach (var root in Examples(600))
            foreach (var (node, resource) in WithResource(root, root))
            {
                if (on == "Resource" ? node.Poco is not Resource : ((ITypedElement)node).InstanceType != "Reference") continue;
                var fhirPath = compiled.Predicate(node, new FhirEvaluationContext().WithResourceOverrides(resource, RootOf(resource)));
                compared++;
                if (native is not null) Assert.True(native(node) == fhirPath, $"{expression} at {((ITypedElement)node).Location}");
                else if (shortcut!(node)) Assert.True(fhirPath, $"the shortcut says {expression} holds at {((ITypedElement)node).Location}");
            }
        Assert.True(compared > 150, $"only {compared} elements compared");
    }

    [Fact]
    public void NativeDom_ContainedResourceWithMetaAndNesting_FailsAsFhirPathDoes()
    {
        var inner = new Observation { Id = "o1", Meta = new Meta { VersionId = "2", Security = [new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R")] } };
        inner.Contained.Add(new Patient { Id = "p1" });
#pragma warning disable SDK0001
        var node = (PocoNode)new DiagnosticReport { Contained = [inner] }.ToTypedElement();
#pragma warning restore SDK0001

        foreach (var expression in new[] { NativeInvariants.Dom2, NativeInvariants.Dom4, NativeInvariants.Dom5, NativeInvariants.Dom6 })
            Assert.Equal((false, false), (InvariantCompiler.Compile(expression).Expression!.Predicate(node, new FhirEvaluationContext()), NativeInvariants.For(expression)!(node)));
        Assert.False(NativeInvariants.ShortcutFor(NativeInvariants.Dom3)!(node));
    }

    private static IEnumerable<(PocoNode Node, PocoNode Resource)> WithResource(PocoNode node, PocoNode resource)
    {
        var current = node.Poco is Resource ? node : resource;
        yield return (node, current);
        foreach (var child in ((ITypedElement)node).Children())
            foreach (var pair in WithResource((PocoNode)child, current))
                yield return pair;
    }

    /// <summary>A contained resource's root is its container, as for the walker's <c>%rootResource</c>.</summary>
    private static PocoNode RootOf(PocoNode resource) =>
        resource.Name == "contained" && resource.Parent is { } parent ? RootOf(ResourceOf(parent)) : resource;

    private static PocoNode ResourceOf(PocoNode node) => node.Poco is Resource || node.Parent is null ? node : ResourceOf(node.Parent);

    [Fact]
    public void NativeEle1_EmptyAndIdOnlyElements_FailAsFhirPathDoes()
    {
        var ele1 = InvariantCompiler.Compile(NativeInvariants.Ele1).Expression!;
#pragma warning disable SDK0001 // the POCO typed tree is the SDK's documented route to FHIRPath over a POCO
        var code = (PocoNode)new Observation { Code = new CodeableConcept { ElementId = "c1" } }.ToTypedElement().Children("code").Single();
#pragma warning restore SDK0001

        Assert.Equal((false, false), (ele1.Predicate(code, new FhirEvaluationContext()), NativeInvariants.HasValueOrChildren(code)));
    }

    private static IEnumerable<PocoNode> Examples(int count)
    {
        var files = Directory.EnumerateFiles(OfficialR4Examples.Require(), "*.json")
            .Where(f => Path.GetFileName(f) is not ("package.json" or ".index.json")).Order(StringComparer.Ordinal).ToList();
        var parser = new FhirJsonDeserializer(new DeserializerSettings().UsingMode(DeserializationMode.Recoverable)); // official examples have known defects
        for (var i = 0; i < count; i++)
#pragma warning disable SDK0001
            yield return (PocoNode)parser.Deserialize<Resource>(File.ReadAllText(files[i * files.Count / count])).ToTypedElement();
#pragma warning restore SDK0001
    }

    private static IEnumerable<PocoNode> Descendants(PocoNode node)
    {
        yield return node;
        foreach (var child in ((ITypedElement)node).Children())
            foreach (var descendant in Descendants((PocoNode)child))
                yield return descendant;
    }
}
