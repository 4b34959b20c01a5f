using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// What the accession rules see in one instance: the study's accession (number and issuer), the order it links to in
/// the Request Attributes Sequence (accession and Requested Procedure ID of each item), and the patient of the accession.
/// </summary>
public static class AccessionObservations
{
    /// <summary>One Accession Number (with its issuer) per study.</summary>
    public static IEnumerable<Observation> StudyAccession(InstanceContext instance)
    {
        var study = InstanceValues.Text(instance.Dataset, DicomTags.StudyInstanceUID);
        return [new(study, Accession(instance.Dataset), DicomTags.AccessionNumber, static key => $"study {key} has more than one Accession Number (Number^Issuer)")];
    }

    /// <summary>Per study the same requested procedures; per accession one patient (spec §2.4: an accession is never reused for another order).</summary>
    public static IEnumerable<Observation> OrderLinkage(InstanceContext instance)
    {
        var dataset = instance.Dataset;
        var study = InstanceValues.Text(dataset, DicomTags.StudyInstanceUID);
        var accession = Accession(dataset);
        var procedures = string.Join('\\', Requests(dataset).Select(item => InstanceValues.Text(item, DicomTags.RequestedProcedureID)).Order(StringComparer.Ordinal));
        return
        [
            new(Requests(dataset).Count == 0 ? "" : study, procedures, DicomTags.RequestedProcedureID, static key => $"study {key} links to different requested procedures"),
            new(InstanceValues.Text(dataset, DicomTags.AccessionNumber).Length == 0 ? "" : accession, InstanceValues.Patient(dataset), DicomTags.PatientID,
                static key => $"Accession Number {key} is used for more than one patient"),
        ];
    }

    /// <summary>Each Request Attributes Sequence item whose Accession Number is not the instance's own.</summary>
    public static IEnumerable<DicomFinding> RequestAccessionMismatches(InstanceContext instance, string rule)
    {
        var own = InstanceValues.Text(instance.Dataset, DicomTags.AccessionNumber);
        var requests = Requests(instance.Dataset);
        for (var i = 0; i < requests.Count; i++)
        {
            var linked = InstanceValues.Text(requests[i], DicomTags.AccessionNumber);
            if (linked.Length == 0 || linked == own) continue;
            var path = TagPath.Of(TagPath.Item(DicomTags.RequestAttributesSequence.ToString(), i), DicomTags.AccessionNumber);
            yield return new(DicomFindingSeverity.Error, rule, path,
                $"Request Attributes Sequence item {i} links to accession '{linked}' but the instance's Accession Number is '{own}' (SOP instance {InstanceValues.Text(instance.Dataset, DicomTags.SOPInstanceUID)})", linked)
            { File = instance.Path };
        }
    }

    private static string Accession(DicomDataset dataset)
    {
        var (number, issuer) = (InstanceValues.Text(dataset, DicomTags.AccessionNumber), InstanceValues.Text(dataset, DicomTags.IssuerOfAccessionNumberSequence));
        return issuer.Length == 0 ? number : $"{number}^{issuer}";
    }

    private static List<DicomDataset> Requests(DicomDataset dataset) =>
        dataset.TryGetSequence(DicomTags.RequestAttributesSequence, out var sequence) ? sequence.Items : [];
}
