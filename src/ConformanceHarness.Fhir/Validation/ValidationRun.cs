using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Terminology;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// The state of one validation: the shared services, the resource being walked (a stack, as contained and Bundle entry
/// resources are entered) and the walker itself, so that a rule can validate another node against a profile (a
/// reference target against its <c>targetProfile</c>, a slice candidate against a <c>profile</c> discriminator).
/// Not thread-safe: one run per validation.
/// </summary>
public sealed class ValidationRun(ValidatorServices services)
{
    /// <summary>Resources nest (Bundle in Bundle, contained); beyond this depth the walk stops with a finding.</summary>
    public const int MaxResourceDepth = 16;

    public ValidatorServices Services { get; } = services;

    public SchemaCache Schemas => Services.Schemas;

    public LocalTerminology Terminology => Services.Terminology;

    /// <summary>The innermost resource being validated, or null outside any.</summary>
    public ResourceContext? Resource { get; private set; }

    public int ResourceDepth { get; private set; }

    /// <summary>Validates <paramref name="node"/> (a resource) as the walker does at the top: its own type, its declared profiles and <paramref name="profiles"/>.</summary>
    public ValidationReport ValidateResource(ITypedElement node, string location, IEnumerable<string> profiles) =>
        ResourceWalker.Validate(node, location, profiles, this);

    /// <summary>Validates <paramref name="node"/> against one StructureDefinition (by canonical), inside the current resource.</summary>
    public ValidationReport ValidateAgainst(ITypedElement node, string canonical, string location) =>
        ElementWalker.ValidateAgainst(node, canonical, location, this);

    internal ResourceContext Enter(ITypedElement resource, string location)
    {
        ResourceDepth++;
        return Resource = new ResourceContext(resource, location, Resource);
    }

    internal void Leave(ResourceContext context)
    {
        ResourceDepth--;
        Resource = context.Parent;
    }
}
