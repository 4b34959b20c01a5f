using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Packages;
using ConformanceHarness.Fhir.Tests.Packages;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Slicing;

/// <summary>
/// A test pack of differential-only profiles with slices (their snapshots are generated when the pack loads), and the
/// validator over it. Elements are given by id (<c>DiagnosticReport.identifier:accession.type</c>); the path is the id
/// without slice names.
/// </summary>
public sealed class SlicingPack : IDisposable
{
    public const string Url = TestPack.Canonical + "/StructureDefinition/";
    public const string V2 = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private readonly TempFolder _temp = new();

    public SlicingPack(params JsonObject[] resources)
    {
        var folder = TestPack.Write(_temp.Combine("pack"), "slicing.pack", "0.1.0", ["hl7.fhir.r4.core#4.0.1"], resources);
        Validator = new FhirValidator(new ValidatorServices(FhirDefinitionSet.Load([Path.GetDirectoryName(folder)!], new PackageLoadOptions([_temp.Combine("cache")]))));
    }

    public FhirValidator Validator { get; }

    public void Dispose() => _temp.Dispose();

    public static JsonObject Profile(string id, string type, params (string Id, string Fields)[] elements) =>
        Definition(id, type, "resource", $"http://hl7.org/fhir/StructureDefinition/{type}", elements);

    /// <summary>An extension definition allowed on the given element contexts, with a boolean value.</summary>
    public static JsonObject Extension(string id, params string[] contexts)
    {
        var definition = Definition(id, "Extension", "complex-type", "http://hl7.org/fhir/StructureDefinition/Extension",
            ("Extension", ""), ("Extension.extension", "\"max\":\"0\""), ("Extension.url", $"\"fixedUri\":\"{Url}{id}\""),
            ("Extension.value[x]", "\"type\":[{\"code\":\"boolean\"}]"));
        definition["context"] = new JsonArray([.. contexts.Select(c => (JsonNode)new JsonObject { ["type"] = "element", ["expression"] = c })]);
        return definition;
    }

    /// <summary>A slicing of <paramref name="rules"/> with one discriminator, as ElementDefinition JSON fields.</summary>
    public static string SlicedBy(string type, string path, string rules = "open", bool ordered = false) =>
        $"\"slicing\":{{\"discriminator\":[{{\"type\":\"{type}\",\"path\":\"{path}\"}}],\"rules\":\"{rules}\",\"ordered\":{(ordered ? "true" : "false")}}}";

    /// <summary>A v2-0203 identifier type pattern, as ElementDefinition JSON fields.</summary>
    public static string TypePattern(string code) => $"\"patternCodeableConcept\":{{\"coding\":[{{\"system\":\"{V2}\",\"code\":\"{code}\"}}]}}";

    /// <summary>A DiagnosticReport with identifiers, each given by its v2-0203 type code (null: no type) and system.</summary>
    public static string Report(params (string? Type, string? System)[] identifiers)
    {
        var list = identifiers.Select(i => "{" + string.Join(",", new[]
        {
            i.Type is null ? null : $"\"type\":{{\"coding\":[{{\"system\":\"{V2}\",\"code\":\"{i.Type}\"}}]}}",
            i.System is null ? null : $"\"system\":\"{i.System}\"", "\"value\":\"1\"",
        }.OfType<string>()) + "}");
        return $"{{\"resourceType\":\"DiagnosticReport\",\"identifier\":[{string.Join(",", list)}],\"status\":\"final\",\"code\":{{\"text\":\"panel\"}}}}";
    }

    private static JsonObject Definition(string id, string type, string kind, string baseDefinition, params (string Id, string Fields)[] elements)
    {
        var differential = new JsonArray();
        foreach (var (elementId, fields) in elements)
        {
            var path = string.Join('.', elementId.Split('.').Select(s => s.Split(':')[0]));
            var slice = elementId.Split('.')[^1].Split(':') is [_, var name] ? $",\"sliceName\":\"{name}\"" : "";
            differential.Add(JsonNode.Parse($"{{\"id\":\"{elementId}\",\"path\":\"{path}\"{slice}{(fields.Length > 0 ? "," + fields : "")}}}"));
        }
        return new JsonObject
        {
            ["resourceType"] = "StructureDefinition", ["id"] = id, ["url"] = Url + id, ["version"] = "0.1.0", ["name"] = id, ["status"] = "draft",
            ["kind"] = kind, ["abstract"] = false, ["type"] = type, ["baseDefinition"] = baseDefinition, ["derivation"] = "constraint",
            ["differential"] = new JsonObject { ["element"] = differential },
        };
    }
}
