namespace ConformanceHarness.Fixtures.Facilities;

/// <summary>The two kinds of data contributor the Ontario guides distinguish (ontario-dicom-ig.md §2.3).</summary>
public enum FacilityKind
{
    /// <summary>A public hospital: SHALL send its MRN, SHOULD send the HCN.</summary>
    Hospital,

    /// <summary>An Integrated Community Health Services Centre: SHALL send at least one of MRN or HCN.</summary>
    Ichsc,
}
