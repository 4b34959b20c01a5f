using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>Frame of Reference Module, PS3.3 C.7.4.1: one frame of reference per series, no position reference indicator.</summary>
internal sealed class FrameOfReferenceModule : IIodModule
{
    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        dataset.AddOrUpdate(DicomTags.FrameOfReferenceUID, context.Series.FrameOfReferenceUid
            ?? throw new InvalidOperationException($"series {context.Series.SeriesNumber} has no frame of reference"));
        dataset.AddOrUpdate(DicomTags.PositionReferenceIndicator);
    }
}
