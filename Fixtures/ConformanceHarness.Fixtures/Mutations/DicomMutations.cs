namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>Mutations of the DICOM instances (filled in by the DICOM mutation work).</summary>
internal static class DicomMutations
{
    public static IReadOnlyList<Mutation> All { get; } = [];
}
