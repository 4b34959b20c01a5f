namespace ConformanceHarness.Fixtures.Practitioners;

/// <summary>What a practitioner does in an imaging workflow.</summary>
public enum PractitionerRole
{
    /// <summary>Reads the study: Name of Physician(s) Reading Study, the report's results interpreter.</summary>
    Radiologist,

    /// <summary>Orders the study: Referring Physician's Name, the ServiceRequest's requester.</summary>
    ReferringPhysician,

    /// <summary>Acquires the images: Operators' Name.</summary>
    Technologist,
}
