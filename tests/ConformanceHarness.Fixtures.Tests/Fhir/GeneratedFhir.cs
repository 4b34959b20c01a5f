using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Terminology;
using ConformanceHarness.Fhir.Tests.Packs;
using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Fhir;
using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Tests.Dicom;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

/// <summary>
/// What the FHIR tests share: a report per modality and status from a fixed seed, and a document's findings from the
/// FHIR engine with its built-in pack, without those <see cref="PackExamplesTests.IsUnavoidable"/> allows a valid example.
/// </summary>
internal static class GeneratedFhir
{
    public static TheoryData<string, ReportStatus> ModalityAndStatus()
    {
        var data = new TheoryData<string, ReportStatus>();
        foreach (var modality in GeneratedStudies.Modalities)
            foreach (var status in ReportStatuses.All) data.Add(modality, status);
        return data;
    }

    /// <summary>A report of <paramref name="status"/> on a 2-series study of <paramref name="modality"/>.</summary>
    public static SyntheticReport Report(string modality, ReportStatus status, int seed = 9)
    {
        var preliminary = GeneratedStudies.Study(modality, seed, withPixels: false).Report();
        return status switch
        {
            ReportStatus.Preliminary => preliminary,
            ReportStatus.Final => preliminary.Finalize(),
            ReportStatus.Amended => preliminary.Finalize().Amend("Comparison with the prior study added."),
            _ => preliminary.Finalize().Correct("Corrected: no acute abnormality; the earlier laterality was wrong."),
        };
    }

    public static IReadOnlyList<Finding> Issues(FhirDocument document) =>
        [.. BuiltInPack.Get(document.Pack).Validator.Validate(document.Json).Findings.Where(f => !PackExamplesTests.IsUnavoidable(f))];

    /// <summary>
    /// The one known gap: secondary-capture images have Modality OT (PS3.16 CID 33), which the Ontario pack's
    /// extensible AcquisitionModality binding (CID 29) does not list, so the order category and the manifest's
    /// modalities of an SC study get a binding warning each (ON-FHIR-SR-2, ON-FHIR-IS-4). The manifest must say what the
    /// DICOM says, so these warnings stay; nothing else is allowed.
    /// </summary>
    public static bool IsOtherModalityWarning(Finding finding) =>
        finding.Severity == FindingSeverity.Warning && finding.RuleId == BindingValidator.RuleId
        && finding.Message.StartsWith("code 'OT' from system 'http://dicom.nema.org/resources/ontology/DCM'", StringComparison.Ordinal);

    public static string Describe(IEnumerable<Finding> findings) => string.Join(Environment.NewLine, findings);
}
