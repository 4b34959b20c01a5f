using System.Collections.Concurrent;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Requirements;
using ConformanceHarness.Requirements;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Fhir.Tests.Packs;

/// <summary>
/// A pack of <c>Fixtures/Packs</c> as its tests see it: the compiled package loaded once per test run, its catalogue, and
/// its examples (<c>examples/valid/*.json</c>, <c>examples/invalid/REQUIREMENT-ID--what.json</c>).
/// </summary>
public sealed class BuiltInPack
{
    private static readonly ConcurrentDictionary<string, Lazy<BuiltInPack>> Loaded = new(StringComparer.Ordinal);

    private BuiltInPack(string name)
    {
        Name = name;
        Folder = Path.Combine(Root, name);
        Definitions = FhirDefinitionSet.Load([Folder]);
        Validator = new FhirValidator(new ValidatorServices(Definitions));
        Catalogue = RequirementCatalogue.ReadFrom(Path.Combine(Folder, "package"))
            ?? throw new InvalidDataException($"{name}: no package/other/requirements.json (run tools/fhir/build-packs.sh {name})");
    }

    public static string Root => Path.Combine(RepositoryRoot.Path, "Fixtures", "Packs");

    /// <summary>The packs compiled from FSH (a sushi-config.yaml beside a package/).</summary>
    public static IEnumerable<string> Names => Directory.Exists(Root)
        ? Directory.EnumerateDirectories(Root).Where(d => File.Exists(Path.Combine(d, "sushi-config.yaml")) && File.Exists(Path.Combine(d, "package", "package.json")))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
        : [];

    public static BuiltInPack Get(string name) => Loaded.GetOrAdd(name, n => new Lazy<BuiltInPack>(() => new BuiltInPack(n))).Value;

    public string Name { get; }

    public string Folder { get; }

    public FhirDefinitionSet Definitions { get; }

    public FhirValidator Validator { get; }

    public RequirementCatalogue Catalogue { get; }

    public static IEnumerable<string> Examples(string pack, string kind)
    {
        var folder = Path.Combine(Root, pack, "examples", kind);
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal) : [];
    }

    public string ExamplePath(string kind, string file) => Path.Combine(Folder, "examples", kind, file);

    /// <summary><c>ON-FHIR-PAT-1--no-hcn.json</c> → <c>ON-FHIR-PAT-1</c>.</summary>
    public static string RequirementOf(string invalidExample) =>
        invalidExample.Contains("--", StringComparison.Ordinal) ? invalidExample[..invalidExample.IndexOf("--", StringComparison.Ordinal)] : invalidExample;
}
