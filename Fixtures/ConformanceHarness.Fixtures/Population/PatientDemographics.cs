namespace ConformanceHarness.Fixtures.Population;

/// <summary>Who a synthetic patient is: the data every channel (DICOM, FHIR) copies, one MRN per facility of the world.</summary>
public sealed record PatientDemographics(
    PersonName Name,
    AdministrativeSex Sex,
    DateOnly BirthDate,
    OntarioAddress Address,
    string Phone,
    HealthCardNumber HealthCard,
    IReadOnlyList<MedicalRecordNumber> MedicalRecordNumbers)
{
    /// <summary>The patient's MRN at <paramref name="facilityCode"/>.</summary>
    public MedicalRecordNumber MrnAt(string facilityCode) =>
        MedicalRecordNumbers.FirstOrDefault(m => m.Issuer.Code == facilityCode)
        ?? throw new ArgumentException($"the patient has no MRN at '{facilityCode}'", nameof(facilityCode));

    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date)
    {
        var years = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(years) ? years - 1 : years;
    }
}
