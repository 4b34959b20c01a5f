using ConformanceHarness.Fixtures.Facilities;

namespace ConformanceHarness.Fixtures.Tests.Dicom;

/// <summary>
/// Issue 9, "every clean object validates": studies of every modality, with pixels, several series and images, from a
/// hospital and from an ICHSC, give no finding at all (error or warning) with the ontario-mi-dicom pack, each instance
/// under its contributor's profile and the study-set rules over all the studies together.
/// </summary>
public sealed class CleanStudyValidationTests
{
    [Theory]
    [MemberData(nameof(GeneratedStudies.ModalityData), MemberType = typeof(GeneratedStudies))]
    public void Validate_HospitalAndIchscStudies_NoFindings(string modality)
    {
        var world = SyntheticWorld.Create(19);
        var studies = world.Facilities.Select(facility => world.NewPatient().NewOrder(modality, facility).Perform(2, 3)).ToList();
        var kinds = studies.SelectMany(s => s.DicomFiles.Select(file => (file, s.Order.Facility.Kind))).ToDictionary(p => p.file, p => p.Kind);

        var findings = OntarioDicomPack.Findings([.. kinds.Keys], file => kinds[file]);

        Assert.Contains(FacilityKind.Ichsc, kinds.Values);
        Assert.True(findings.Count == 0, $"expected no findings on clean {modality} studies, but received:\n{string.Join('\n', findings)}");
    }

    [Theory]
    [InlineData(FacilityKind.Hospital)]
    [InlineData(FacilityKind.Ichsc)]
    public void Validate_OnePatientManyModalities_NoFindings(FacilityKind kind)
    {
        var world = SyntheticWorld.Create(23);
        var patient = world.NewPatient();
        var facility = world.Facilities.First(f => f.Kind == kind);
        var files = GeneratedStudies.Modalities.SelectMany(m => patient.NewOrder(m, facility).Perform(2, 2).DicomFiles).ToList();

        var findings = OntarioDicomPack.Findings(files, _ => kind);

        Assert.True(findings.Count == 0, $"expected no findings on one {kind} patient's studies, but received:\n{string.Join('\n', findings)}");
    }
}
