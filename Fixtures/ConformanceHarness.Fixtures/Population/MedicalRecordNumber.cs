using ConformanceHarness.Fixtures.Facilities;

namespace ConformanceHarness.Fixtures.Population;

/// <summary>A facility-issued MRN; the facility is its issuer (Issuer of Patient ID = <see cref="Facility.Code"/>).</summary>
public sealed record MedicalRecordNumber(string Value, Facility Issuer)
{
    /// <summary>HL7 table 0203 "medical record number".</summary>
    public const string IdentifierTypeCode = "MR";
}
