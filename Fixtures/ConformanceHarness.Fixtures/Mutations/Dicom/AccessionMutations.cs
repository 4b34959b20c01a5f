using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// Defects of the order linkage (ontario-dicom-ig.md §3.3): the Accession Number, its issuer and the Request Attributes
/// Sequence. All in the hospital's study; those the FHIR side would show too (ServiceRequest, ImagingStudy) are
/// <see cref="MutationChannel.Both"/>, and only their DICOM side is changed.
/// </summary>
internal static class AccessionMutations
{
    private const int Study = DicomMutationBase.HospitalStudy;

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("accession-missing", "ON-DICOM-ACC-1", MutationChannel.Both,
            "DICOM side only: Accession Number (0008,0050) sent empty, in the instances and in their Request Attributes item",
            set => set.EditStudy(Study, dataset => SetAccession(dataset, ""))),
        new("accession-without-issuer", "ON-DICOM-ACC-2", MutationChannel.Both,
            "DICOM side only: no Issuer of Accession Number Sequence (0008,0051), in the instances nor in their Request Attributes item",
            set => set.EditStudy(Study, RemoveAccessionIssuer)),
        new("accession-differs-between-series", "ON-DICOM-ACC-3", MutationChannel.Both,
            "DICOM side only: the second series of a study carries another Accession Number (also in its Request Attributes item)",
            set => set.EditSeries(Study, 1, dataset => SetAccession(dataset, DicomEdits.Another(dataset.GetString(DicomTags.AccessionNumber))))),
        new("request-without-requested-procedure-id", "ON-DICOM-REQ-2", MutationChannel.Dicom,
            "Requested Procedure ID (0040,1001) left out of the Request Attributes Sequence item",
            set => set.EditStudy(Study, dataset => Request(dataset).Remove(DicomTags.RequestedProcedureID))),
        new("requested-procedure-differs-between-series", "ON-DICOM-REQ-4", MutationChannel.Dicom,
            "the second series of a study links its accession to another Requested Procedure ID than the first",
            set => set.EditSeries(Study, 1, AnotherRequestedProcedure)),
    ];

    private static DicomDataset Request(DicomDataset dataset) => dataset.Item(DicomTags.RequestAttributesSequence);

    private static void SetAccession(DicomDataset dataset, string accession)
    {
        dataset.AddOrUpdate(DicomTags.AccessionNumber, accession);
        Request(dataset).AddOrUpdate(DicomTags.AccessionNumber, accession);
    }

    private static void AnotherRequestedProcedure(DicomDataset dataset)
    {
        var request = Request(dataset);
        request.AddOrUpdate(DicomTags.RequestedProcedureID, DicomEdits.Another(request.GetString(DicomTags.RequestedProcedureID)));
    }

    private static void RemoveAccessionIssuer(DicomDataset dataset)
    {
        dataset.Remove(DicomTags.IssuerOfAccessionNumberSequence);
        Request(dataset).Remove(DicomTags.IssuerOfAccessionNumberSequence);
    }
}
