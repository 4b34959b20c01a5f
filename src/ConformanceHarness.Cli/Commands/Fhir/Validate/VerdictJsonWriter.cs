using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Findings;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>
/// <c>--format json</c>: an array with one object per file, <c>{file, valid, findings: [{severity, code, location,
/// message, ruleId, profile, elementId, line, column}]}</c>; absent values are null.
/// </summary>
public static class VerdictJsonWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<FileVerdict> verdicts, TextWriter output)
    {
        var files = new JsonArray();
        foreach (var verdict in verdicts)
        {
            var findings = new JsonArray();
            foreach (var finding in verdict.Report.Findings) findings.Add(ToJson(finding));
            files.Add(new JsonObject { ["file"] = verdict.File, ["valid"] = verdict.Report.IsValid, ["findings"] = findings });
        }
        output.WriteLine(files.ToJsonString(Indented));
    }

    private static JsonObject ToJson(Finding finding) => new()
    {
        ["severity"] = finding.Severity.ToString().ToLowerInvariant(),
        ["code"] = finding.Code,
        ["location"] = finding.Location,
        ["message"] = finding.Message,
        ["ruleId"] = finding.RuleId,
        ["profile"] = finding.Profile,
        ["elementId"] = finding.ElementId,
        ["line"] = finding.Position?.Line,
        ["column"] = finding.Position?.Column,
        ["requirement"] = finding.Requirement is { } r
            ? new JsonObject { ["id"] = r.Id, ["level"] = r.Level, ["provenance"] = r.Provenance, ["source"] = r.Source, ["text"] = r.Text }
            : null,
    };
}
