using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// SOP Common Module, PS3.3 C.12.1. It runs first: Specific Character Set must be in place before any text is encoded.
/// ISO_IR 192 (UTF-8, recommended by ontario-dicom-ig.md §4.1) whenever a value needs more than ASCII, absent otherwise.
/// </summary>
internal sealed class SopCommonModule : IIodModule
{
    public bool VariesPerInstance => true;

    public const string Utf8 = "ISO_IR 192";

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        if (context.Study.NeedsUnicode) dataset.AddOrUpdate(DicomTags.SpecificCharacterSet, Utf8);
        dataset.AddOrUpdate(DicomTags.SOPClassUID, context.Profile.SopClassUid);
        dataset.AddOrUpdate(DicomTags.SOPInstanceUID, context.SopInstanceUid);
        dataset.AddOrUpdate(DicomTags.InstanceCreationDate, DatasetWriting.Da(context.Study.Performed));
        dataset.AddOrUpdate(DicomTags.InstanceCreationTime, DatasetWriting.Tm(context.Study.Performed));
    }
}
