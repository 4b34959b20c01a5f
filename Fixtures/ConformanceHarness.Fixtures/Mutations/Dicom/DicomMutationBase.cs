using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Facilities;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// The clean study set every DICOM mutation starts from: two patients of one world, each with one multi-series study
/// with pixels — a CT study contributed by a hospital (<see cref="HospitalStudy"/>) and an MR study contributed by an
/// ICHSC (<see cref="IchscStudy"/>), in that order in <see cref="ArtifactSet.Dicom"/>. It gives no finding with the
/// ontario-mi-dicom pack (each instance under its contributor's profile). No FHIR documents: the DICOM mutations touch
/// the DICOM side only, also those whose channel is <see cref="MutationChannel.Both"/>.
/// </summary>
public static class DicomMutationBase
{
    public const int DefaultSeed = 2026;

    /// <summary>Index of the hospital's study among the set's studies (in order of first appearance).</summary>
    public const int HospitalStudy = 0;

    /// <summary>Index of the ICHSC's study among the set's studies.</summary>
    public const int IchscStudy = 1;

    public const int SeriesPerStudy = 2;

    public const int ImagesPerSeries = 2;

    /// <summary>The clean set of the world of <paramref name="seed"/>; the same seed gives byte-identical files.</summary>
    public static ArtifactSet Create(int seed = DefaultSeed) => Create(SyntheticWorld.Create(seed));

    /// <summary>The clean set drawn from <paramref name="world"/> (two new patients and their studies).</summary>
    public static ArtifactSet Create(SyntheticWorld world) => new([.. Studies(world).SelectMany(study => study.DicomFiles)], []);

    /// <summary>The two studies of the set, drawn from <paramref name="world"/>: the hospital's CT, then the ICHSC's MR.</summary>
    public static IReadOnlyList<SyntheticStudy> Studies(SyntheticWorld world)
    {
        var hospital = world.Facilities.First(f => f.Kind == FacilityKind.Hospital);
        var ichsc = world.Facilities.First(f => f.Kind == FacilityKind.Ichsc);
        return [.. new[] { world.NewPatient().NewOrder("CT", hospital), world.NewPatient().NewOrder("MR", ichsc) }
            .Select(order => order.Perform(SeriesPerStudy, ImagesPerSeries, withPixels: true))];
    }
}
