using System.Text.Json;
using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ConformanceHarness.Cli.Commands.Fhir.Validate;

/// <summary>
/// <c>--format operationoutcome</c>: one FHIR OperationOutcome per file (<see cref="OperationOutcomeMapping"/>), each
/// naming its file in the extension <see cref="FileExtension"/> (valueString, the path as found); one file gives the
/// OperationOutcome itself, several a Bundle of type <c>collection</c> with one entry per file, in input order.
/// </summary>
public static class VerdictOutcomeWriter
{
    public const string FileExtension = "https://conformance-harness.example/fhir/StructureDefinition/validated-file";

    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static void Write(IReadOnlyList<FileVerdict> verdicts, TextWriter output)
    {
        Resource resource = verdicts.Count == 1 ? ToOutcome(verdicts[0]) : ToBundle(verdicts);
        output.WriteLine(JsonSerializer.Serialize(resource, resource.GetType(), Fhir));
    }

    public static OperationOutcome ToOutcome(FileVerdict verdict)
    {
        var outcome = verdict.Report.ToOperationOutcome();
        outcome.Extension.Add(new Extension(FileExtension, new FhirString(verdict.File)));
        return outcome;
    }

    private static Bundle ToBundle(IReadOnlyList<FileVerdict> verdicts)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var verdict in verdicts) bundle.Entry.Add(new Bundle.EntryComponent { Resource = ToOutcome(verdict) });
        return bundle;
    }
}
