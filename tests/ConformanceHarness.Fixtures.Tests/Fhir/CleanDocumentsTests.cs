using ConformanceHarness.Fixtures.Fhir;

namespace ConformanceHarness.Fixtures.Tests.Fhir;

public sealed class CleanDocumentsTests
{
    [Theory]
    [MemberData(nameof(GeneratedFhir.ModalityAndStatus), MemberType = typeof(GeneratedFhir))]
    public void Artifacts_EveryDocument_ValidatesCleanInItsPack(string modality, ReportStatus status)
    {
        var artifacts = SyntheticFhir.Artifacts(GeneratedFhir.Report(modality, status));

        foreach (var document in artifacts.Fhir)
        {
            var issues = GeneratedFhir.Issues(document).Where(f => !(modality == "SC" && GeneratedFhir.IsOtherModalityWarning(f))).ToList();
            Assert.True(issues.Count == 0, $"{modality} {status} {document.Name}:{Environment.NewLine}{GeneratedFhir.Describe(issues)}");
        }
    }
}
