using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>Performs an order: draws when and by whom, numbers the UIDs under the facility's root, builds every image.</summary>
internal static class StudyGenerator
{
    public static SyntheticStudy Perform(ImagingOrder order, StudyShape shape)
    {
        shape.Validate();
        var world = order.Patient.World;
        var profile = ModalityProfiles.Lookup(order.Modality);
        var technologists = world.PractitionersIn(PractitionerRole.Technologist, order.Facility.Code);
        var performed = order.Authored.AddDays(world.Random.Number(0, 14)).AddMinutes(world.Random.Number(30, 600));
        var studyUid = world.Uids.Next(order.Facility.UidRoot, UidKind.Study);
        var header = new StudyHeader(order, profile, studyUid, StudyId(studyUid), performed,
            world.Random.ListItem(technologists.ToList()), shape.WithPixels);
        var series = Enumerable.Range(1, shape.SeriesCount).Select(number => NewSeries(header, number, shape.InstancesPerSeries)).ToList();
        var files = series.SelectMany(s => InstanceBuilder.BuildSeries(header, s)).ToList();
        return new SyntheticStudy(header, series, files);
    }

    private static SyntheticSeries NewSeries(StudyHeader study, int number, int instances)
    {
        var (uids, root) = (study.Order.Patient.World.Uids, study.Order.Facility.UidRoot);
        return new SyntheticSeries(uids.Next(root, UidKind.Series), number, $"{study.Order.Procedure.Display} series {number}",
            study.Profile.HasFrameOfReference ? uids.Next(root, UidKind.FrameOfReference) : null,
            [.. Enumerable.Range(0, instances).Select(_ => uids.Next(root, UidKind.Instance))]);
    }

    /// <summary>Study ID (SH, ≤ 16): the study's counter under the facility root (at most 10 digits), as equipment numbers its studies.</summary>
    private static string StudyId(string studyUid) => studyUid[(studyUid.LastIndexOf('.') + 1)..];
}
