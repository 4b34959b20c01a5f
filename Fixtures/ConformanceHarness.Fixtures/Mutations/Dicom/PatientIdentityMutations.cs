using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Population;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// Defects of the patient identifiers (ontario-dicom-ig.md §3.1): Patient ID and its issuer, the HCN in the Other
/// Patient IDs Sequence. Every instance of one patient is changed alike, so the patient stays consistent (H5). The
/// FHIR Patient would carry the same identifiers, hence <see cref="MutationChannel.Both"/>; only DICOM is changed.
/// </summary>
internal static class PatientIdentityMutations
{
    private const int Hospital = DicomMutationBase.HospitalStudy;

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("patient-id-placeholder", "ON-DICOM-PID-1", MutationChannel.Both,
            "DICOM side only: a hospital sends Patient ID (0010,0020) 'UNKNOWN' instead of its MRN",
            set => set.EditStudy(Hospital, dataset => dataset.AddOrUpdate(DicomTags.PatientID, "UNKNOWN"))),
        new("ichsc-without-mrn-or-hcn", "ON-DICOM-PID-2", MutationChannel.Both,
            "DICOM side only: an ICHSC sends an empty Patient ID and no Other Patient IDs Sequence (neither MRN nor HCN)",
            set => set.EditStudy(DicomMutationBase.IchscStudy, WithoutMrnOrHcn)),
        new("patient-id-without-issuer", "ON-DICOM-PID-3", MutationChannel.Both,
            "DICOM side only: Patient ID sent without Issuer of Patient ID (0010,0021) nor its qualifiers sequence",
            set => set.EditStudy(Hospital, WithoutIssuer)),
        new("hcn-missing", "ON-DICOM-HCN-1", MutationChannel.Both,
            "DICOM side only: a hospital sends no Other Patient IDs Sequence (0010,1002), so no HCN",
            set => set.EditStudy(Hospital, dataset => dataset.Remove(DicomTags.OtherPatientIDsSequence))),
        new("hcn-not-ten-digits", "ON-DICOM-HCN-2", MutationChannel.Both,
            "DICOM side only: the HCN item's Patient ID has nine digits",
            set => set.EditStudy(Hospital, dataset => EditHcn(dataset, hcn => hcn[..^1]))),
        new("hcn-bad-check-digit", "ON-DICOM-HCN-3", MutationChannel.Both,
            "DICOM side only: the HCN's last digit is not its mod-10 check digit",
            set => set.EditStudy(Hospital, dataset => EditHcn(dataset, DicomEdits.Another))),
        new("patient-identity-removed", "ON-DICOM-PAT-DEID", MutationChannel.Dicom,
            "a clinical submission marked de-identified: Patient Identity Removed (0012,0062) 'YES', with its De-identification Method",
            set => set.EditStudy(Hospital, MarkDeidentified)),
        new("retired-other-patient-ids", "ON-DICOM-PAT-RETIRED", MutationChannel.Dicom,
            "the HCN also sent in the retired Other Patient IDs (0010,1000), which has no per-ID issuer",
            set => set.EditStudy(Hospital, dataset => dataset.AddOrUpdate(DicomTags.OtherPatientIDs, Hcn(dataset).GetString(DicomTags.PatientID)))),
    ];

    private static void MarkDeidentified(DicomDataset dataset)
    {
        dataset.AddOrUpdate(DicomTags.PatientIdentityRemoved, "YES");
        dataset.AddOrUpdate(DicomTags.DeidentificationMethod, "Synthetic mutation");
    }

    private static void WithoutMrnOrHcn(DicomDataset dataset)
    {
        dataset.SetEmpty(DicomTags.PatientID);
        dataset.Remove(DicomTags.OtherPatientIDsSequence);
    }

    private static void WithoutIssuer(DicomDataset dataset)
    {
        dataset.Remove(DicomTags.IssuerOfPatientID);
        dataset.Remove(DicomTags.IssuerOfPatientIDQualifiersSequence);
    }

    private static void EditHcn(DicomDataset dataset, Func<string, string> change)
    {
        var item = Hcn(dataset);
        item.AddOrUpdate(DicomTags.PatientID, change(item.GetString(DicomTags.PatientID)));
    }

    /// <summary>The Other Patient IDs Sequence item of the HCN (the generator's only item).</summary>
    private static DicomDataset Hcn(DicomDataset dataset)
    {
        var item = dataset.Item(DicomTags.OtherPatientIDsSequence);
        return item.GetString(DicomTags.IssuerOfPatientID) == HealthCardNumber.IssuerOfPatientId ? item
            : throw new InvalidOperationException("the first Other Patient IDs item is not the HCN");
    }
}
