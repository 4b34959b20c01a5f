using System.Diagnostics;
using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Packages;
using Hl7.Fhir.Specification.Source;
using ConformanceHarness.Fhir.Validation;
using ConformanceHarness.Fhir.Validation.Parsing;

namespace ConformanceHarness.Fhir.Benchmarks;

/// <summary>
/// The first validation of a fresh process, step by step (wall and CPU time): open the core package (its index), the SDK's R4
/// model, read the Patient StructureDefinition, its snapshot, compile the schema, parse the text, validate it the first time
/// (the rest of the definitions it touches, terminology, JIT of the walk), then the same again warm.
/// </summary>
public static class ColdStartBreakdown
{
    private const string PatientUrl = "http://hl7.org/fhir/StructureDefinition/Patient";

    public static void Run()
    {
        var text = ImagingResources.Patient;
        Step("core package resolver (index)", () => _ = CoreDefinitions.Resolver);
        Step("FhirValidator.Core (services)", () => _ = FhirValidator.Core);
        Step("R4 ModelInspector", () => _ = Hl7.Fhir.Model.ModelInfo.ModelInspector);
        Step("resolve StructureDefinition Patient", () => CoreDefinitions.Resolver.TryResolveByCanonicalUriAsync(PatientUrl).GetAwaiter().GetResult());
        Step("snapshot of Patient (cached set)", () => FhirDefinitionSet.CoreOnly.GetSnapshotAsync(PatientUrl).GetAwaiter().GetResult());
        Step("Patient schema (compile)", () => FhirValidator.Core.Services.Schemas.ForType("Patient"));
        Step("first parse", () => ResourceParser.Parse(text, ResourceFormat.Json));
        Step("first validate (rest)", () => FhirValidator.Core.Validate(text));
        Step("second validate", () => FhirValidator.Core.Validate(text));
        Step("first ImagingStudy validate", () => FhirValidator.Core.Validate(ImagingResources.ImagingStudy));
    }

    private static void Step(string name, Action step)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        step();
        watch.Stop();
        process.Refresh();
        Console.WriteLine($"{name,-36} {watch.Elapsed.TotalMilliseconds,8:F1} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:F1} ms CPU");
    }
}
