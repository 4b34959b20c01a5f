using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ConformanceHarness.Fhir.Tests.Terminology;

internal static class TypedValue
{
    /// <summary>The value as the walker sees it: serialized inside Parameters, parsed back into a typed tree, wrapped in a ScopedNode.</summary>
    public static ScopedNode Parse(DataType value)
    {
        var json = new FhirJsonSerializer().SerializeToString(new Parameters { Parameter = [new() { Name = "v", Value = value }] });
        var root = new ScopedNode(FhirJsonNode.Parse(json).ToTypedElement(ModelInfo.ModelInspector));
        return (ScopedNode)root.Children("parameter").Single().Children("value").Single();
    }
}
