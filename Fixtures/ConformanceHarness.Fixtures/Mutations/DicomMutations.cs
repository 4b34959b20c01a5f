using ConformanceHarness.Fixtures.Mutations.Dicom;

namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>
/// Mutations of the DICOM instances, each breaking one requirement of the ontario-mi-dicom pack in a copy of
/// <see cref="DicomMutationBase.Create(int)"/>'s set (the tables are in <c>Mutations/Dicom/</c>).
/// </summary>
internal static class DicomMutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        .. AccessionMutations.All, .. PatientIdentityMutations.All, .. AttributeMutations.All, .. EncodingMutations.All,
        .. HierarchyMutations.All,
    ];
}
