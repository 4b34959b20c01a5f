namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>The one image a module is writing attributes for.</summary>
internal sealed record InstanceContext(StudyHeader Study, SyntheticSeries Series, int InstanceNumber, string SopInstanceUid)
{
    public Orders.ImagingOrder Order => Study.Order;

    public Population.PatientDemographics Patient => Study.Order.Patient.Demographics;

    public ModalityProfile Profile => Study.Profile;
}
