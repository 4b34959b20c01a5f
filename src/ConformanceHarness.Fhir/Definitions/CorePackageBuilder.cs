using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Definitions.Repairs;

namespace ConformanceHarness.Fhir.Definitions;

/// <summary>
/// Builds the standard FHIR package <c>hl7.fhir.r4.core#4.0.1</c> (package cache layout: one
/// <c>Type-id.json</c> per resource, <c>package.json</c>, <c>.index.json</c>) from the official
/// FHIR 4.0.1 bundles, repairing what a redistributor changed (<see cref="CoreDefinitionRepairs"/>).
/// The output is the same bytes on every run for the same bundles. The repairs are also written to
/// <c>package/other/repairs.txt</c>.
/// </summary>
public static class CorePackageBuilder
{
    /// <summary>The bundles of the core package; dataelements.json and Medplum's own files are not part of it.</summary>
    public static readonly IReadOnlyList<string> BundleFiles =
    [
        "profiles-types.json", "profiles-resources.json", "profiles-others.json", "extension-definitions.json",
        "valuesets.json", "v3-codesystems.json", "v2-tables.json", "conceptmaps.json", "search-parameters.json",
    ];

    public const string RepairLogFile = "other/repairs.txt";

    /// <summary>Changes whenever the builder's output changes, so a package cached by an older builder is rebuilt.</summary>
    public const string Revision = "core-builder 3 (Medplum repairs, published values)";

    /// <summary>
    /// The package folder <paramref name="packageRoot"/>/package, built from <paramref name="bundles"/> (asked for only
    /// then) when absent, written by another <see cref="Revision"/>, or <paramref name="force"/>d; <c>Built</c> is null
    /// when it was up to date.
    /// </summary>
    public static (string PackageFolder, CoreBuildResult? Built) Ensure(string packageRoot, Func<DefinitionBundles> bundles, bool force = false)
    {
        CoreBuildResult? built = null;
        var folder = Packages.CacheFolder.GetOrCreate(packageRoot, staging => built = Build(bundles(), staging), Revision, force);
        return (folder, built is null ? null : built with { PackageFolder = folder });
    }

    /// <summary>Writes the package into <paramref name="packageFolder"/> (the folder named <c>package</c>).</summary>
    public static CoreBuildResult Build(DefinitionBundles bundles, string packageFolder)
    {
        Directory.CreateDirectory(Path.Combine(packageFolder, "other"));
        var index = new JsonArray();
        var repairs = new List<DefinitionRepair>();
        foreach (var bundleFile in BundleFiles)
            foreach (var resource in Resources(bundles, bundleFile))
            {
                var fileName = $"{resource["resourceType"]}-{resource["id"]}.json";
                if (OfficialValueRepairs.Table.IsAddition(fileName))
                {
                    repairs.Add(new((string?)resource["url"] ?? fileName, "resource", fileName, "left out (not in the published release)"));
                    continue;
                }
                repairs.AddRange(CoreDefinitionRepairs.Repair(resource));
                repairs.AddRange(OfficialValueRepairs.Table.Apply(resource));
                File.WriteAllText(Path.Combine(packageFolder, fileName), resource.ToJsonString(Indented));
                index.Add(IndexEntry(fileName, resource));
            }
        File.WriteAllText(Path.Combine(packageFolder, "package.json"), PackageManifest().ToJsonString(Indented));
        File.WriteAllText(Path.Combine(packageFolder, ".index.json"),
            new JsonObject { ["index-version"] = 2, ["files"] = index }.ToJsonString(Indented));
        File.WriteAllText(Path.Combine(packageFolder, RepairLogFile), string.Concat(repairs.Select(r => r + "\n")), Encoding.UTF8);
        return new CoreBuildResult(packageFolder, index.Count, repairs);
    }

    private static IEnumerable<JsonObject> Resources(DefinitionBundles bundles, string bundleFile)
    {
        JsonNode? bundle;
        try { bundle = JsonNode.Parse(bundles.Read(bundleFile)); }
        catch (JsonException error) { throw new InvalidDataException($"{bundles.Description}: {bundleFile} is not JSON: {error.Message}", error); }
        if (bundle?["entry"] is not JsonArray entries)
            throw new InvalidDataException($"{bundles.Description}: {bundleFile} is not a Bundle with entries");
        return entries.Select(entry => entry?["resource"]).OfType<JsonObject>();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly string[] IndexedFields = ["url", "version", "kind", "type", "supplements", "content", "valueSet", "derivation"];

    private static JsonObject IndexEntry(string fileName, JsonObject resource)
    {
        var entry = new JsonObject
        {
            ["filename"] = fileName,
            ["resourceType"] = resource["resourceType"]?.GetValue<string>(),
            ["id"] = resource["id"]?.GetValue<string>(),
        };
        foreach (var field in IndexedFields)
            if (resource[field] is JsonValue value) entry[field] = value.DeepClone();
        return entry;
    }

    private static JsonObject PackageManifest() => new()
    {
        ["name"] = CoreDefinitions.PackageName,
        ["version"] = CoreDefinitions.PackageVersion,
        ["type"] = "Core",
        ["fhirVersions"] = new JsonArray("4.0.1"),
        ["canonical"] = "http://hl7.org/fhir",
        ["description"] = $"FHIR R4 4.0.1 core definitions, rebuilt locally by ConformanceHarness from the official 4.0.1 bundles; what was repaired is listed in {RepairLogFile}.",
    };
}
