using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ConformanceHarness.Fhir.Tests.Packages;

/// <summary>Writes small FHIR NPM packages (package/package.json plus one resource per file) for the tests.</summary>
public static class TestPack
{
    public const string Canonical = "http://example.org/fhir/test";

    /// <summary>A package folder <c>root/package</c>; dependencies as "name#version".</summary>
    public static string Write(string root, string name, string version, IEnumerable<string> dependencies, params JsonObject[] resources)
    {
        var folder = Path.Combine(root, "package");
        Directory.CreateDirectory(folder);
        var manifest = new JsonObject { ["name"] = name, ["version"] = version, ["fhirVersions"] = new JsonArray("4.0.1"), ["dependencies"] = new JsonObject() };
        foreach (var dependency in dependencies)
            manifest["dependencies"]![dependency.Split('#')[0]] = dependency.Split('#')[1];
        File.WriteAllText(Path.Combine(folder, "package.json"), manifest.ToJsonString());
        foreach (var resource in resources)
            File.WriteAllText(Path.Combine(folder, $"{resource["resourceType"]}-{resource["id"]}.json"), resource.ToJsonString());
        return folder;
    }

    /// <summary>The package folder under <paramref name="packageRoot"/> as an npm-style tarball (entries under package/).</summary>
    public static string Tarball(string packageRoot, string tgzPath)
    {
        using var file = File.Create(tgzPath);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var path in Directory.GetFiles(Path.Combine(packageRoot, "package")))
            tar.WriteEntry(path, "package/" + Path.GetFileName(path));
        return tgzPath;
    }

    /// <summary>A differential-only profile; each element is (path, extra ElementDefinition fields as JSON).</summary>
    public static JsonObject Profile(string id, string type, string? baseDefinition = null, params (string Path, string Fields)[] elements)
    {
        var differential = new JsonArray();
        foreach (var (path, fields) in elements)
        {
            var element = JsonNode.Parse($"{{\"id\":\"{path}\",\"path\":\"{path}\"{(fields.Length > 0 ? "," + fields : "")}}}")!;
            differential.Add(element);
        }
        return new JsonObject
        {
            ["resourceType"] = "StructureDefinition", ["id"] = id, ["url"] = $"{Canonical}/StructureDefinition/{id}", ["version"] = "0.1.0",
            ["name"] = id, ["status"] = "draft", ["kind"] = "resource", ["abstract"] = false, ["type"] = type,
            ["baseDefinition"] = baseDefinition ?? $"http://hl7.org/fhir/StructureDefinition/{type}", ["derivation"] = "constraint",
            ["differential"] = new JsonObject { ["element"] = differential },
        };
    }
}
