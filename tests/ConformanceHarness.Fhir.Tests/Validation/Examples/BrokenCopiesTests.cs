using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Tests.Support;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Examples;

/// <summary>
/// Systematically broken copies of the official examples of the resources this harness meets most (imaging and its
/// neighbours): each copy carries one defect, and the validator reports exactly that defect and nothing else. What is
/// required and what is bound is read from the core StructureDefinition files themselves, not through the validator.
/// </summary>
public sealed class BrokenCopiesTests(ITestOutputHelper output)
{
    private static readonly string[] Types =
        ["Patient", "Observation", "ImagingStudy", "DiagnosticReport", "ServiceRequest", "Practitioner", "PractitionerRole", "Organization",
         "Endpoint", "DocumentReference", "Encounter", "Procedure", "Condition", "Specimen"];

    [Fact]
    public void Validate_CopiesWithOneDefect_YieldExactlyThatFinding()
    {
        var failures = new List<string>();
        var copies = 0;
        foreach (var type in Types)
            foreach (var file in OfficialR4Examples.Files(type).Where(f => !KnownExampleDefects.HasDefects(Path.GetFileName(f))))
                foreach (var (defect, copy, expected) in BrokenCopies(type, JsonNode.Parse(File.ReadAllText(file))!.AsObject()))
                {
                    copies++;
                    var errors = FhirValidator.Core.Validate(copy).Findings.Where(f => f.IsError).Select(f => (f.Code, f.Location)).ToList();
                    if (errors.Count != 1 || errors[0] != expected)
                        failures.Add($"{Path.GetFileName(file)} {defect}: expected {expected}, found [{string.Join("; ", errors)}]");
                }
        output.WriteLine($"{copies} broken copies");
        Assert.True(copies > 300, $"only {copies} copies");
        Assert.True(failures.Count == 0, $"{failures.Count} of {copies}:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(40))}");
    }

    /// <summary>Per example: each required top-level element removed; an unknown element added; each required-bound top-level code replaced.</summary>
    private static IEnumerable<(string Defect, string Json, (string Code, string Location) Expected)> BrokenCopies(string type, JsonObject example)
    {
        var definition = CoreElements(type);
        foreach (var (name, element) in definition.Where(e => e.Value.Min > 0 && example.ContainsKey(e.Key)))
            yield return ($"without {name}", Without(example, name), ("required", $"{type}.{name}"));
        yield return ("with an unknown element", With(example, "harnessColour", JsonValue.Create("red")), ("structure", $"{type}.harnessColour"));
        foreach (var (name, element) in definition.Where(e => e.Value is { Type: "code", Required: true } && example[e.Key] is JsonValue))
            yield return ($"with {name} 'no-such-code'", With(example, name, JsonValue.Create("no-such-code")), ("code-invalid", $"{type}.{name}"));
    }

    private static string Without(JsonObject example, string name)
    {
        var copy = example.DeepClone().AsObject();
        copy.Remove(name);
        copy.Remove("_" + name);
        return copy.ToJsonString();
    }

    private static string With(JsonObject example, string name, JsonNode value)
    {
        var copy = example.DeepClone().AsObject();
        copy[name] = value;
        return copy.ToJsonString();
    }

    private sealed record CoreElement(int Min, string? Type, bool Required);

    /// <summary>The top-level elements of the core definition of <paramref name="type"/>, read from its snapshot JSON.</summary>
    private static Dictionary<string, CoreElement> CoreElements(string type)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CoreDefinitions.EnsurePackageFolder(), $"StructureDefinition-{type}.json")));
        var elements = new Dictionary<string, CoreElement>(StringComparer.Ordinal);
        foreach (var element in document.RootElement.GetProperty("snapshot").GetProperty("element").EnumerateArray())
        {
            var path = element.GetProperty("path").GetString()!;
            if (path.Count(c => c == '.') != 1 || path.EndsWith("[x]", StringComparison.Ordinal)) continue;
            var types = element.TryGetProperty("type", out var t) ? t.EnumerateArray().Select(x => x.GetProperty("code").GetString()).ToList() : [];
            var required = element.TryGetProperty("binding", out var b) && b.GetProperty("strength").GetString() == "required";
            elements[path[(path.IndexOf('.') + 1)..]] = new(element.GetProperty("min").GetInt32(), types.Count == 1 ? types[0] : null, required);
        }
        return elements;
    }
}
