using System.Text.Json;

using ConformanceHarness.Cli.Tests.Commands.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Generate;

/// <summary>
/// What harness generate writes, judged by harness's own validate verbs: the clean FHIR documents pass their packs, and
/// each mutated copy fails with the very requirement its manifest entry says it violates (DICOM and FHIR).
/// </summary>
public sealed class GeneratedDataValidationTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Out => Path.Combine(_workspace.Root, "out");

    [Fact]
    public async Task CleanDocuments_PassTheirPacks()
    {
        await HarnessInvocation.RunAsync(["generate", "--out", Out, "--patients", "1", "--modalities", "MR", "--no-progress"]);

        var documents = GeneratedFolder.Manifest(Out).GetProperty("patients")[0].GetProperty("studies")[0].GetProperty("fhir").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        foreach (var document in documents)
        {
            var run = await ValidateFhirAsync(document);
            Assert.True(run.ExitCode == 0, $"{document}: {run.Stdout}{run.Stderr}");
        }
    }

    [Theory]
    [InlineData("fhir-bundle-batch", "accession-missing")]
    public async Task MutatedCopies_FailWithTheRequirementTheManifestNames(string fhirMutation, string dicomMutation)
    {
        await HarnessInvocation.RunAsync(["generate", "--out", Out, "--patients", "1", "--no-progress", "--mutate", fhirMutation, dicomMutation]);

        var mutations = GeneratedFolder.Manifest(Out).GetProperty("mutations").EnumerateArray().ToDictionary(m => m.GetProperty("mutation").GetString()!);
        var fhir = mutations[fhirMutation];
        var changed = fhir.GetProperty("fhir").EnumerateArray().Select(ValidateFhirAsync).ToList();
        var failed = (await Task.WhenAll(changed)).Where(run => run.ExitCode == 1).ToList();
        Assert.Contains(failed, run => run.Stdout.Contains($"] {fhir.GetProperty("violates").GetString()} (", StringComparison.Ordinal));

        var dicom = mutations[dicomMutation];
        var folder = Path.Combine(Out, "mutations", dicomMutation, "dicom");
        var verdict = await HarnessInvocation.RunAsync(["dicom", "validate", folder]);
        Assert.Equal(1, verdict.ExitCode);
        var failing = verdict.Stdout.Split('\n').Where(line => line.TrimStart().StartsWith("fail ", StringComparison.Ordinal)).ToList();
        Assert.Equal([dicom.GetProperty("violates").GetString()], failing.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
    }

    private Task<HarnessInvocation> ValidateFhirAsync(JsonElement document) => HarnessInvocation.RunAsync(
        ["fhir", "validate", "--pack", document.GetProperty("pack").GetString()!, Path.Combine(Out, document.GetProperty("path").GetString()!)]);
}
