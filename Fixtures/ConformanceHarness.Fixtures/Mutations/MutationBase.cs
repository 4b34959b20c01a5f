using ConformanceHarness.Fixtures.Fhir;
using ConformanceHarness.Fixtures.Mutations.Dicom;

namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>
/// The clean set every mutation of <see cref="MutationCatalogue"/> applies to: the DICOM studies of
/// <see cref="DicomMutationBase"/> (a hospital CT and an ICHSC MR study) and the FHIR documents of the hospital study's
/// final report (<see cref="SyntheticFhir.Artifacts(SyntheticReport)"/>: the Ontario contribution and the EU report
/// document). It has no finding in either channel; each mutation breaks exactly its requirement.
/// </summary>
public static class MutationBase
{
    /// <summary>The clean set of the world of <paramref name="seed"/>; the same seed gives byte-identical objects.</summary>
    public static ArtifactSet Create(int seed = DicomMutationBase.DefaultSeed)
    {
        var studies = DicomMutationBase.Studies(SyntheticWorld.Create(seed));
        var report = studies[DicomMutationBase.HospitalStudy].Report().Finalize(); // after both studies: their files stay the DICOM base's
        return new ArtifactSet([.. studies.SelectMany(study => study.DicomFiles)], SyntheticFhir.Artifacts(report).Fhir);
    }
}
