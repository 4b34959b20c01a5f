using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>What every instance of a study shares: the order it fulfils, its UID and id, when and by whom it was acquired.</summary>
internal sealed record StudyHeader(
    ImagingOrder Order,
    ModalityProfile Profile,
    string StudyInstanceUid,
    string StudyId,
    DateTime Performed,
    Practitioner Technologist,
    bool WithPixels)
{
    /// <summary>Some value written is not ASCII (accented names, French facility names), so ISO_IR 192 is declared.</summary>
    public bool NeedsUnicode =>
        !Order.Patient.Demographics.Name.IsAscii || !Order.Requester.Name.IsAscii || !Technologist.Name.IsAscii
        || !Order.Facility.Name.All(char.IsAscii);
}
