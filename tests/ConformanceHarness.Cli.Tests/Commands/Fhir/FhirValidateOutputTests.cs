using System.Text.Json;
using ConformanceHarness.Cli.Commands.Fhir.Validate;
using ConformanceHarness.Cli.Tests.Commands.Dicom;
using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;

namespace ConformanceHarness.Cli.Tests.Commands.Fhir;

public sealed class FhirValidateOutputTests : IDisposable
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Validate_JsonFormat_IsAnArrayOfFilesWithTheirFindings()
    {
        var file = _workspace.Write("bad.json", FhirResources.InvalidGenderPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--format", "json"]);

        Assert.Equal(1, run.ExitCode);
        var entry = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray());
        Assert.Equal((file, false), (entry.GetProperty("file").GetString(), entry.GetProperty("valid").GetBoolean()));
        var parse = entry.GetProperty("findings")[0];
        Assert.Equal(("error", "code-invalid", "Patient.gender", "binding"), (parse.GetProperty("severity").GetString(),
            parse.GetProperty("code").GetString(), parse.GetProperty("location").GetString(), parse.GetProperty("ruleId").GetString()));
        Assert.Equal((2, 2), (parse.GetProperty("line").GetInt32(), parse.GetProperty("column").GetInt32()));
        Assert.StartsWith("code 'x' is not in value set", parse.GetProperty("message").GetString());
        Assert.Equal("http://hl7.org/fhir/StructureDefinition/Patient", parse.GetProperty("profile").GetString());
        Assert.Equal("Patient.gender", parse.GetProperty("elementId").GetString());
    }

    [Fact]
    public async Task Validate_OperationOutcomeFormatOneFile_IsTheOutcomeNamingTheFile()
    {
        var file = _workspace.Write("patient.json", FhirResources.ValidPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", file, "--format", "operationoutcome"]);

        Assert.Equal(0, run.ExitCode);
        var outcome = JsonSerializer.Deserialize<OperationOutcome>(run.Stdout, Fhir)!;
        Assert.Equal(file, outcome.GetStringExtension(VerdictOutcomeWriter.FileExtension));
        var issue = Assert.Single(outcome.Issue);
        Assert.Equal((OperationOutcome.IssueType.Informational, OperationOutcomeMapping.NoIssues), (issue.Code, issue.Details?.Text));
    }

    [Fact]
    public async Task Validate_OperationOutcomeFormatSeveralFiles_IsACollectionBundleOfOutcomes()
    {
        var good = _workspace.Write("a.json", FhirResources.ValidPatient);
        var bad = _workspace.Write("b.json", FhirResources.InvalidGenderPatient);

        var run = await HarnessInvocation.RunAsync(["fhir", "validate", good, bad, "--format", "operationoutcome"]);

        Assert.Equal(1, run.ExitCode);
        var bundle = JsonSerializer.Deserialize<Bundle>(run.Stdout, Fhir)!;
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var outcomes = bundle.Entry.Select(e => Assert.IsType<OperationOutcome>(e.Resource)).ToList();
        Assert.Equal([good, bad], outcomes.Select(o => o.GetStringExtension(VerdictOutcomeWriter.FileExtension)));
        var issue = outcomes[1].Issue[0];
        Assert.Equal((OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.CodeInvalid), (issue.Severity, issue.Code));
        Assert.Equal(["Patient.gender"], issue.Expression);
        Assert.Equal(2, issue.GetIntegerExtension(OperationOutcomeMapping.LineExtension));
    }
}
