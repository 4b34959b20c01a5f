using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Get;

/// <summary>
/// The Storage SOP classes (PS3.4 Annex B) <c>harness dicom get</c> offers to receive when no <c>--sop-class</c> is given:
/// the image, presentation state, structured report, PDF and radiotherapy objects an imaging archive usually holds.
/// A C-GET can only deliver SOP classes negotiated on its association (PS3.4 C.4.3.1.2).
/// </summary>
public static class CommonStorageSopClasses
{
    public static IReadOnlyList<string> All { get; } =
    [
        DicomUids.ComputedRadiographyImageStorage,
        DicomUids.DigitalXRayImageStorageForPresentation,
        DicomUids.DigitalXRayImageStorageForProcessing,
        DicomUids.DigitalMammographyXRayImageStorageForPresentation,
        DicomUids.DigitalMammographyXRayImageStorageForProcessing,
        DicomUids.BreastTomosynthesisImageStorage,
        DicomUids.CTImageStorage,
        DicomUids.EnhancedCTImageStorage,
        DicomUids.MRImageStorage,
        DicomUids.EnhancedMRImageStorage,
        DicomUids.UltrasoundImageStorage,
        DicomUids.UltrasoundMultiFrameImageStorage,
        DicomUids.NuclearMedicineImageStorage,
        DicomUids.PositronEmissionTomographyImageStorage,
        DicomUids.XRayAngiographicImageStorage,
        DicomUids.XRayRadiofluoroscopicImageStorage,
        DicomUids.SecondaryCaptureImageStorage,
        DicomUids.MultiFrameGrayscaleByteSecondaryCaptureImageStorage,
        DicomUids.MultiFrameGrayscaleWordSecondaryCaptureImageStorage,
        DicomUids.MultiFrameTrueColorSecondaryCaptureImageStorage,
        DicomUids.VLPhotographicImageStorage,
        DicomUids.GrayscaleSoftcopyPresentationStateStorage,
        DicomUids.BasicTextSRStorage,
        DicomUids.EnhancedSRStorage,
        DicomUids.ComprehensiveSRStorage,
        DicomUids.KeyObjectSelectionDocumentStorage,
        DicomUids.EncapsulatedPDFStorage,
        DicomUids.RTImageStorage,
        DicomUids.RTDoseStorage,
        DicomUids.RTStructureSetStorage,
        DicomUids.RTPlanStorage,
    ];

    /// <summary>A SOP class given as a UID or as its PS3.6 keyword (CTImageStorage), case-insensitively.</summary>
    /// <exception cref="HarnessError">Neither a registered Storage SOP class nor a valid UID.</exception>
    public static string Resolve(string text)
    {
        var byKeyword = DicomUids.All.FirstOrDefault(entry => string.Equals(entry.Keyword, text, StringComparison.OrdinalIgnoreCase));
        if (byKeyword is not null && DicomUids.IsStorageSopClass(byKeyword.Uid)) return byKeyword.Uid;
        if (ConformanceHarness.Dicom.Values.DicomUid.IsValid(text)) return text;
        throw new HarnessError($"--sop-class '{text}' is neither a Storage SOP class keyword (e.g. CTImageStorage) nor a UID");
    }
}
