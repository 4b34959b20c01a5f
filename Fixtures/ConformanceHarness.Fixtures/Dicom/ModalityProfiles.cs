using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom.Modules;
using ConformanceHarness.Fixtures.Dicom.Pixels;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>The seven modalities offered, with the IOD-specific modules of each (PS3.3 A.2–A.8, A.26, A.27).</summary>
public static class ModalityProfiles
{
    private static readonly FixedModule PresentationWindow = new("VOI LUT C.11.2",
        (DicomTags.WindowCenter, ["2048"]), (DicomTags.WindowWidth, ["4096"]));

    private static readonly FixedModule DxSeries = new("DX Series C.8.11.1", (DicomTags.PresentationIntentType, ["FOR PRESENTATION"]));

    private static readonly FixedModule DxImage = new("DX Image C.8.11.3",
        (DicomTags.PixelIntensityRelationship, ["LIN"]), (DicomTags.PixelIntensityRelationshipSign, ["1"]),
        (DicomTags.RescaleIntercept, ["0"]), (DicomTags.RescaleSlope, ["1"]), (DicomTags.RescaleType, ["US"]),
        (DicomTags.PresentationLUTShape, ["IDENTITY"]));

    private static readonly FixedModule DxDetector = new("DX Detector C.8.11.4",
        (DicomTags.DetectorType, ["DIRECT"]), (DicomTags.ImagerPixelSpacing, ["0.15", "0.15"]));

    private static readonly FixedModule AcquisitionContext = new("Acquisition Context C.7.6.14", (DicomTags.AcquisitionContextSequence, []));

    public static readonly ModalityProfile Ct = new("CT", "CT", DicomUids.CTImageStorage, "CTImage", PixelFormat.Twelve,
        ["ORIGINAL", "PRIMARY", "AXIAL"], null, NeedsPatientPosition: true)
    {
        ImageModules =
        [
            new FrameOfReferenceModule(), new ImagePlaneModule(),
            new FixedModule("CT Image C.8.2.1", (DicomTags.RescaleIntercept, ["-1024"]), (DicomTags.RescaleSlope, ["1"]),
                (DicomTags.RescaleType, ["HU"]), (DicomTags.KVP, ["120"]), (DicomTags.AcquisitionNumber, ["1"]),
                (DicomTags.WindowCenter, ["40"]), (DicomTags.WindowWidth, ["400"])),
        ],
    };

    public static readonly ModalityProfile Mr = new("MR", "MR", DicomUids.MRImageStorage, "MRImage", PixelFormat.Twelve,
        ["ORIGINAL", "PRIMARY", "OTHER"], null, NeedsPatientPosition: true)
    {
        ImageModules =
        [
            new FrameOfReferenceModule(), new ImagePlaneModule(),
            new FixedModule("MR Image C.8.3.1", (DicomTags.ScanningSequence, ["SE"]), (DicomTags.SequenceVariant, ["NONE"]),
                (DicomTags.ScanOptions, []), (DicomTags.MRAcquisitionType, ["2D"]), (DicomTags.RepetitionTime, ["500"]),
                (DicomTags.EchoTime, ["15"]), (DicomTags.EchoTrainLength, ["1"]), (DicomTags.MagneticFieldStrength, ["1.5"]),
                (DicomTags.ImagedNucleus, ["1H"]), (DicomTags.SpacingBetweenSlices, ["5"]), (DicomTags.AcquisitionNumber, ["1"])),
            PresentationWindow,
        ],
    };

    public static readonly ModalityProfile Cr = new("CR", "CR", DicomUids.ComputedRadiographyImageStorage, "CRImage", PixelFormat.Twelve,
        ["ORIGINAL", "PRIMARY"], ["L", "F"])
    {
        ImageModules =
        [
            new FixedModule("CR Series C.8.1.1", (DicomTags.ViewPosition, ["PA"])),
            new FixedModule("CR Image C.8.1.2", (DicomTags.KVP, ["110"]), (DicomTags.ImagerPixelSpacing, ["0.2", "0.2"])),
            PresentationWindow,
        ],
    };

    public static readonly ModalityProfile Dx = new("DX", "DX", DicomUids.DigitalXRayImageStorageForPresentation, "DXImageForPresentation",
        PixelFormat.Twelve, ["ORIGINAL", "PRIMARY"], ["L", "F"], UsesImageLaterality: true)
    {
        ImageModules = [DxSeries, new DxAnatomyImagedModule(), DxImage, DxDetector, AcquisitionContext, PresentationWindow],
    };

    public static readonly ModalityProfile Mg = new("MG", "MG", DicomUids.DigitalMammographyXRayImageStorageForPresentation,
        "MammographyImageForPresentation", PixelFormat.Twelve, ["ORIGINAL", "PRIMARY"], null, UsesImageLaterality: true)
    {
        ImageModules = [DxSeries, new DxAnatomyImagedModule(), DxImage, DxDetector, new MammographyImageModule(), AcquisitionContext, PresentationWindow],
    };

    public static readonly ModalityProfile Us = new("US", "US", DicomUids.UltrasoundImageStorage, "USImage", PixelFormat.Eight,
        ["ORIGINAL", "PRIMARY"], ["A", "F"])
    {
        ImageModules = [],
    };

    public static readonly ModalityProfile Sc = new("SC", "OT", DicomUids.SecondaryCaptureImageStorage, "SCImage", PixelFormat.Twelve,
        ["DERIVED", "SECONDARY"], ["L", "F"])
    {
        ImageModules = [new FixedModule("SC Equipment C.8.6.1", (DicomTags.ConversionType, ["SYN"]))],
    };

    public static IReadOnlyList<ModalityProfile> All { get; } = [Ct, Mr, Cr, Dx, Us, Mg, Sc];

    public static ModalityProfile Lookup(string key) =>
        All.FirstOrDefault(p => p.Key == key)
        ?? throw new ArgumentException($"no modality '{key}'; expected one of {string.Join(", ", All.Select(p => p.Key))}", nameof(key));
}
