using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.TestSupport.Synthetic;

/// <summary>
/// What a synthetic CT image (CT Image Storage) is made of. Every identifier is invented: the UIDs are fresh 2.25 UIDs,
/// the patient is "Synthetic^Patient". A <c>new CtImageSpec()</c> is one image of a new study; <c>with</c> makes siblings.
/// </summary>
public sealed record CtImageSpec
{
    public string StudyInstanceUid { get; init; } = DicomUid.Generate();

    public string SeriesInstanceUid { get; init; } = DicomUid.Generate();

    public string FrameOfReferenceUid { get; init; } = DicomUid.Generate();

    public string SopInstanceUid { get; init; } = DicomUid.Generate();

    public int InstanceNumber { get; init; } = 1;

    public string PatientId { get; init; } = "HX-SYNTHETIC-1";

    public string PatientName { get; init; } = "Synthetic^Patient";

    /// <summary>Wanted size of Pixel Data; the image is the smallest square of 16-bit pixels at least this big (512×512 for 0.5 MiB).</summary>
    public int PixelDataBytes { get; init; } = 512 * 512 * 2;

    /// <summary>Seed of the pixel values: the same seed gives the same pixels.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>An uncompressed syntax the file is written in.</summary>
    public TransferSyntax TransferSyntax { get; init; } = TransferSyntax.ExplicitVRLittleEndian;

    public int Columns => (int)Math.Ceiling(Math.Sqrt(PixelDataBytes / 2.0));

    public int Rows => Columns;
}
