using System.Runtime.CompilerServices;
using ConformanceHarness.Fhir.Validation.Schema;
using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>
/// The targets an element definition allows for a Reference: the <c>targetProfile</c>s of its <c>Reference</c> types,
/// split into core base definitions (<c>http://hl7.org/fhir/StructureDefinition/Patient</c> → Patient; Resource and
/// DomainResource, or no targetProfile, → any type) and the other profiles, whose types and conformance need the
/// definition set. Read once per element definition.
/// </summary>
public sealed class ReferenceTargets
{
    private static readonly ConditionalWeakTable<ElementDefinition, ReferenceTargets> Cache = [];
    private static readonly ReferenceTargets NotReference = new(false, false, [], []);

    private ReferenceTargets(bool isReference, bool anyType, HashSet<string> coreTypes, List<string> profiles)
    {
        IsReference = isReference;
        AnyType = anyType;
        CoreTypes = coreTypes;
        Profiles = profiles;
    }

    /// <summary>Whether the definition allows the Reference type at all.</summary>
    public bool IsReference { get; }

    public bool AnyType { get; }

    /// <summary>Resource types allowed by core base definitions.</summary>
    public IReadOnlySet<string> CoreTypes { get; }

    /// <summary>Target profiles that are not core base definitions (pack profiles, core profiles such as vitalsigns).</summary>
    public IReadOnlyList<string> Profiles { get; }

    public static ReferenceTargets Of(ElementDefinition definition) => Cache.GetValue(definition, Read);

    private static ReferenceTargets Read(ElementDefinition definition)
    {
        var isReference = false;
        var anyType = false;
        var coreTypes = new HashSet<string>(StringComparer.Ordinal);
        var profiles = new List<string>();
        foreach (var type in definition.Type)
        {
            if (type.Code != "Reference") continue;
            isReference = true;
            var count = 0;
            foreach (var canonical in type.TargetProfile)
            {
                if (canonical is null) continue;
                count++;
                if (CoreType(canonical) is not { } core) profiles.Add(canonical);
                else if (core is "Resource" or "DomainResource") anyType = true;
                else coreTypes.Add(core);
            }
            anyType |= count == 0;
        }
        return isReference ? new(true, anyType, coreTypes, profiles) : NotReference;
    }

    /// <summary>The resource type a core base definition's canonical names (version suffix ignored), else null.</summary>
    public static string? CoreType(string canonical)
    {
        var bar = canonical.IndexOf('|');
        var url = bar < 0 ? canonical : canonical[..bar];
        if (!url.StartsWith(SchemaCache.CoreBase, StringComparison.Ordinal)) return null;
        var name = url[SchemaCache.CoreBase.Length..];
        return name is "Resource" or "DomainResource" || ModelInfo.IsKnownResource(name) ? name : null;
    }
}
