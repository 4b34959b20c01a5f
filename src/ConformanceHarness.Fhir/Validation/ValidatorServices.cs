using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Terminology;
using ConformanceHarness.Fhir.Validation.Schema;

namespace ConformanceHarness.Fhir.Validation;

/// <summary>
/// What every validation against one definition set shares, built once and safe to use from many threads: the
/// definitions, their compiled schemas, the local terminology over them, and the requirement catalogues the packs carry
/// (<c>package/other/requirements.json</c>) or that are given, by which findings cite requirements. <see cref="CoreOnly"/>
/// is the process-wide instance for base R4. A catalogue that cannot be read is an <see cref="InvalidDataException"/> naming where.
/// </summary>
public sealed class ValidatorServices
{
    private static readonly Lazy<ValidatorServices> Core = new(() => new(FhirDefinitionSet.CoreOnly));

    public ValidatorServices(FhirDefinitionSet definitions, TerminologyOptions? terminology = null, IEnumerable<RequirementCatalogue>? catalogues = null)
    {
        Definitions = definitions;
        Schemas = new SchemaCache(definitions);
        Terminology = new LocalTerminology(definitions.Resolver, terminology);
        var carried = definitions.Packages.Select(p => RequirementCatalogue.ReadFrom(p.Folder)).OfType<RequirementCatalogue>();
        var all = carried.Concat(catalogues ?? []).ToList();
        Requirements = all.Count == 0 ? RequirementIndex.None : new RequirementIndex(all, definitions.Packages.SelectMany(p => p.Source.Entries));
    }

    public static ValidatorServices CoreOnly => Core.Value;

    public FhirDefinitionSet Definitions { get; }

    public SchemaCache Schemas { get; }

    public LocalTerminology Terminology { get; }

    public RequirementIndex Requirements { get; }
}
