using System.Collections.Concurrent;
using ConformanceHarness.Fhir.Tests.Support;
using ConformanceHarness.Fhir.Validation;

namespace ConformanceHarness.Fhir.Tests.Validation.Examples;

/// <summary>
/// Every resource of HL7's R4 examples package (about 5,300 files: clinical examples and every conformance resource of
/// the specification) validates against its base definition with no error but the defects HL7's examples really have.
/// </summary>
public sealed class OfficialExamplesTests(ITestOutputHelper output)
{
    [Fact]
    public void Validate_EveryOfficialExample_HasNoFalseErrorsAndEveryKnownDefectIsFound()
    {
        var files = Directory.EnumerateFiles(OfficialR4Examples.Require(), "*.json")
            .Where(f => Path.GetFileName(f) is not ("package.json" or ".index.json")).ToList();
        var unexpected = new ConcurrentBag<string>();
        var found = new ConcurrentBag<(string File, string Rule, string Location, string Why)>();

        Parallel.ForEach(files, file =>
        {
            var name = Path.GetFileName(file);
            foreach (var error in FhirValidator.Core.Validate(File.ReadAllText(file)).Findings.Where(f => f.IsError))
                if (KnownExampleDefects.Find(name, error.RuleId, error.Location) is { } defect) found.Add(defect);
                else unexpected.Add($"{name}: {error}");
        });

        output.WriteLine($"{files.Count} examples, {found.Count} known defects found");
        Assert.True(files.Count > 5000, $"only {files.Count} example files");
        Assert.True(unexpected.IsEmpty, $"{unexpected.Count} unexpected errors:{Environment.NewLine}{string.Join(Environment.NewLine, unexpected.Order().Take(50))}");
        var missed = KnownExampleDefects.All.Except(found).ToList();
        Assert.True(missed.Count == 0, $"known defects not found: {string.Join("; ", missed.Select(m => $"{m.File} {m.Location}"))}");
    }
}
