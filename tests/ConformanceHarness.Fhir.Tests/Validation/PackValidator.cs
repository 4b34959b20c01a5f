using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation;

/// <summary>A validator over a test pack written into a temp folder (profiles as differentials, snapshots generated on use).</summary>
public sealed class PackValidator : IDisposable
{
    public const string Profiles = TestPack.Canonical + "/StructureDefinition/";

    private readonly TempFolder _temp = new();

    public PackValidator(params JsonObject[] resources) : this(null, resources) { }

    private PackValidator(string? catalogue, JsonObject[] resources)
    {
        var folder = TestPack.Write(_temp.Combine("pack"), "test.pack", "0.1.0", ["hl7.fhir.r4.core#4.0.1"], resources);
        if (catalogue is not null)
        {
            Directory.CreateDirectory(Path.Combine(folder, "other"));
            File.WriteAllText(ConformanceHarness.Requirements.RequirementCatalogue.PathIn(folder), catalogue);
        }
        Definitions = FhirDefinitionSet.Load([Path.GetDirectoryName(folder)!], new PackageLoadOptions([_temp.Combine("cache")]));
        Validator = new FhirValidator(new ValidatorServices(Definitions));
    }

    /// <summary>A pack that carries a requirement catalogue (<c>package/other/requirements.json</c>).</summary>
    public static PackValidator WithCatalogue(string catalogue, params JsonObject[] resources) => new(catalogue, resources);

    public FhirDefinitionSet Definitions { get; }

    public FhirValidator Validator { get; }

    public void Dispose() => _temp.Dispose();
}
