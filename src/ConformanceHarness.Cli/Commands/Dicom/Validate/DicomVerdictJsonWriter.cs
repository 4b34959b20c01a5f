using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Cli.Commands.Dicom.Validate;

/// <summary>
/// JSON verdicts: <c>{"pack", "profile", "valid", "files": [{"file", "valid", "findings"}], "setFindings", "requirements":
/// [{"id", "level", "provenance", "verdict", "errors", "warnings", "information", "files"}]}</c>; a finding is
/// <c>{"severity", "rule", "tagPath", "value", "message", "file", "source", "requirement"}</c>.
/// </summary>
public static class DicomVerdictJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(TextWriter output, DicomConformanceEngine engine, DicomValidationResult result, IReadOnlyList<RequirementTally> tallies)
    {
        var json = new JsonObject
        {
            ["pack"] = engine.Pack.Name,
            ["profile"] = engine.Profile,
            ["valid"] = result.IsValid,
            ["files"] = new JsonArray([.. result.Files.Select(f => (JsonNode)new JsonObject
            {
                ["file"] = f.File,
                ["valid"] = f.IsValid,
                ["findings"] = Findings(f.Findings),
            })]),
            ["setFindings"] = Findings(result.SetFindings),
            ["requirements"] = new JsonArray([.. tallies.Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Requirement.Id,
                ["level"] = t.Requirement.Level,
                ["provenance"] = t.Requirement.Provenance,
                ["verdict"] = t.Verdict,
                ["errors"] = t.Errors,
                ["warnings"] = t.Warnings,
                ["information"] = t.Information,
                ["files"] = t.Files,
            })]),
        };
        output.WriteLine(json.ToJsonString(Indented));
    }

    private static JsonArray Findings(IEnumerable<DicomFinding> findings) => new([.. findings.Select(f => (JsonNode)new JsonObject
    {
        ["severity"] = f.Severity.ToString().ToLowerInvariant(),
        ["rule"] = f.Rule,
        ["tagPath"] = f.TagPath,
        ["value"] = f.Value,
        ["message"] = f.Message,
        ["file"] = f.File,
        ["source"] = f.Source,
        ["requirement"] = f.Requirement?.Id,
    })]);
}
