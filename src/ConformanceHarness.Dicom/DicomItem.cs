namespace ConformanceHarness.Dicom;

/// <summary>
/// One entry of a data set: an element with a value (<see cref="DicomElement"/>), a sequence of
/// item data sets (<see cref="DicomSequence"/>) or encapsulated pixel data (<see cref="DicomFragmentSequence"/>).
/// </summary>
public abstract class DicomItem(DicomTag tag, DicomVR vr)
{
    public DicomTag Tag { get; } = tag;

    public DicomVR VR { get; } = vr;

    public override string ToString() => $"{Tag} {VR}";
}
