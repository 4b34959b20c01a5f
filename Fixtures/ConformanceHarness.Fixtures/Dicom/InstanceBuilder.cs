using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom.Modules;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>
/// Builds the images of a series: every module once into a template (SOP Common first, for its character set), then per
/// image a clone of it with the modules that vary per instance written again. Patient, study and series attributes are
/// thus the very same values in every image (ontario-dicom-ig.md §2.1 H5), and a series costs little more than one image.
/// </summary>
internal static class InstanceBuilder
{
    private static readonly IIodModule[] Common =
    [
        new SopCommonModule(), new PatientModule(), new GeneralStudyModule(), new PatientStudyModule(), new GeneralSeriesModule(),
        new GeneralEquipmentModule(), new GeneralImageModule(), new ImagePixelModule(),
    ];

    public static IEnumerable<DicomFile> BuildSeries(StudyHeader study, SyntheticSeries series)
    {
        var modules = Modules(study.Profile).ToList();
        var template = Build(new InstanceContext(study, series, 1, series.SopInstanceUids[0]), modules);
        yield return File(template);
        for (var index = 1; index < series.SopInstanceUids.Count; index++)
        {
            var dataset = template.Clone();
            var context = new InstanceContext(study, series, index + 1, series.SopInstanceUids[index]);
            foreach (var module in modules.Where(m => m.VariesPerInstance)) module.AddTo(dataset, context);
            yield return File(dataset);
        }
    }

    /// <summary>One image from scratch, every module written (the reference the template route must equal).</summary>
    public static DicomFile Build(InstanceContext context) => File(Build(context, Modules(context.Profile)));

    private static IEnumerable<IIodModule> Modules(ModalityProfile profile) => Common.Concat(profile.ImageModules);

    private static DicomDataset Build(InstanceContext context, IEnumerable<IIodModule> modules)
    {
        var dataset = new DicomDataset();
        foreach (var module in modules) module.AddTo(dataset, context);
        return dataset;
    }

    private static DicomFile File(DicomDataset dataset) => new(dataset) { TransferSyntax = TransferSyntax.ExplicitVRLittleEndian };
}
