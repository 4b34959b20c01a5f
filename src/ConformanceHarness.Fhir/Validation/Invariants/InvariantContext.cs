using Hl7.Fhir.ElementModel;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// What a constraint expression runs on: the SDK's FHIRPath engine walks <see cref="PocoNode"/>s, which the walker's
/// <see cref="ScopedNode"/>s wrap (their <see cref="ScopedNode.Current"/>), with <c>%resource</c> the resource being
/// walked and <c>%rootResource</c> the resource that contains it (itself unless it is a <c>contained</c> resource).
/// </summary>
internal static class InvariantContext
{
    public static PocoNode NodeOf(ITypedElement node) => node switch
    {
        PocoNode poco => poco,
        ScopedNode { Current: PocoNode poco } => poco,
        _ => node.ToPocoNode(),
    };

    public static EvaluationContext For(ValidationRun run)
    {
        var context = new FhirEvaluationContext();
        if (run.Resource is not { } resource) return context;
        var root = resource;
        while (root.Resource.Name == "contained" && root.Parent is { } container) root = container;
        return context.WithResourceOverrides(NodeOf(resource.Resource), NodeOf(root.Resource));
    }
}
