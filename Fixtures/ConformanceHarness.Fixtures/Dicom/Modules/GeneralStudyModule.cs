using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Orders;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// General Study Module, PS3.3 C.7.2.1: the study UID, date and time, the order's accession number with its issuer
/// (Issuer of Accession Number Sequence, HD macro), the requester as referring physician with their college number,
/// the procedure as description and code.
/// </summary>
internal sealed class GeneralStudyModule : IIodModule
{
    /// <summary>Referrers work outside the world's facilities; the Person Identification macro needs an institution (1C).</summary>
    public const string ReferrerInstitution = "Synthetic Community Practice";

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var study = context.Study;
        var order = context.Order;
        dataset.AddOrUpdate(DicomTags.StudyInstanceUID, study.StudyInstanceUid);
        dataset.AddOrUpdate(DicomTags.StudyDate, DatasetWriting.Da(study.Performed));
        dataset.AddOrUpdate(DicomTags.StudyTime, DatasetWriting.Tm(study.Performed));
        dataset.AddOrUpdate(DicomTags.StudyID, study.StudyId);
        AddAccession(dataset, order);
        dataset.AddOrUpdate(DicomTags.ReferringPhysicianName, order.Requester.Name.ToDicom());
        var referrer = dataset.AddItem(DicomTags.ReferringPhysicianIdentificationSequence);
        referrer.AddCode(DicomTags.PersonIdentificationCodeSequence, order.Requester.RegistrationNumber,
            order.Requester.College.CodingSchemeDesignator, $"{order.Requester.College.Acronym} registration number");
        referrer.AddOrUpdate(DicomTags.InstitutionName, ReferrerInstitution);
        dataset.AddOrUpdate(DicomTags.StudyDescription, order.Procedure.Display);
        dataset.AddCode(DicomTags.ProcedureCodeSequence, order.Procedure.Code, ImagingProcedure.CodingScheme, order.Procedure.Display);
    }

    /// <summary>Accession Number and its Issuer of Accession Number Sequence (shared with the Request Attributes item).</summary>
    public static void AddAccession(DicomDataset dataset, ImagingOrder order)
    {
        dataset.AddOrUpdate(DicomTags.AccessionNumber, order.Identifiers.AccessionNumber);
        dataset.AddItem(DicomTags.IssuerOfAccessionNumberSequence).AddHierarchicDesignator(order.Facility.Code, order.Facility.AccessionSystemUri);
    }
}
