using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// General Image Module, PS3.3 C.7.6.1: instance number, content date/time, image type, and the Patient Orientation
/// projection images need (2C: absent when Image Orientation (Patient) is sent). Burned In Annotation is YES exactly
/// when the pixels carry the "SYNTHETIC" text.
/// </summary>
internal sealed class GeneralImageModule : IIodModule
{
    public bool VariesPerInstance => true;

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var profile = context.Profile;
        dataset.AddOrUpdate(DicomTags.InstanceNumber, DatasetWriting.Is(context.InstanceNumber));
        dataset.AddOrUpdate(DicomTags.ContentDate, DatasetWriting.Da(context.Study.Performed));
        dataset.AddOrUpdate(DicomTags.ContentTime, DatasetWriting.Tm(context.Study.Performed.AddSeconds(context.InstanceNumber)));
        dataset.AddOrUpdate(DicomTags.ImageType, [.. profile.ImageType]);
        if (profile.PatientOrientation is { } orientation) dataset.AddOrUpdate(DicomTags.PatientOrientation, [.. orientation]);
        dataset.AddOrUpdate(DicomTags.BurnedInAnnotation, context.Study.WithPixels ? "YES" : "NO");
        dataset.AddOrUpdate(DicomTags.LossyImageCompression, "00");
    }
}
