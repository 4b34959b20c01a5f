using ConformanceHarness.Fixtures.Dicom.Modules;
using ConformanceHarness.Fixtures.Dicom.Pixels;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>
/// How one modality's images are built: the storage SOP class and IOD (PS3.3 Annex A), the Modality value, the pixel
/// depth, the Image Type, and the modules the IOD adds to the common ones (Patient, General Study, Patient Study,
/// General Series, General Equipment, General Image, Image Pixel, SOP Common). The instances are in
/// <see cref="ModalityProfiles"/>.
/// </summary>
/// <param name="Key">The harness's name for it (CT, MR, CR, DX, US, MG, SC): what orders are placed for.</param>
/// <param name="Modality">Modality (0008,0060): the key except SC, whose images are "OT" (other).</param>
/// <param name="IodName">The IOD name as dciodvfy prints it on its first line.</param>
/// <param name="PatientOrientation">Patient Orientation for projection images; null when Image Orientation (Patient) is sent.</param>
/// <param name="UsesImageLaterality">The IOD sends Image Laterality, so General Series Laterality is not needed.</param>
/// <param name="NeedsPatientPosition">Patient Position is required (General Series, 2C: CT and MR).</param>
public sealed record ModalityProfile(
    string Key,
    string Modality,
    string SopClassUid,
    string IodName,
    PixelFormat Pixels,
    IReadOnlyList<string> ImageType,
    IReadOnlyList<string>? PatientOrientation,
    bool UsesImageLaterality = false,
    bool NeedsPatientPosition = false)
{
    /// <summary>Each series gets its own Frame of Reference UID (CT, MR).</summary>
    public bool HasFrameOfReference => ImageModules.OfType<FrameOfReferenceModule>().Any();

    internal IReadOnlyList<IIodModule> ImageModules { get; init; } = [];
}
