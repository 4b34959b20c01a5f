namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>One series of a synthetic study: its UIDs, number and description, and its images' SOP Instance UIDs in order.</summary>
public sealed record SyntheticSeries(
    string SeriesInstanceUid,
    int SeriesNumber,
    string Description,
    string? FrameOfReferenceUid,
    IReadOnlyList<string> SopInstanceUids);
