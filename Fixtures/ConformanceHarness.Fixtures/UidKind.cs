namespace ConformanceHarness.Fixtures;

/// <summary>The arc under a facility root each kind of UID is numbered in, so no value serves two kinds (ontario-dicom-ig.md §2.1 H7).</summary>
internal enum UidKind
{
    Study = 1,
    Series = 2,
    Instance = 3,
    FrameOfReference = 4,
}
