using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Orders;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// General Series Module, PS3.3 C.7.3.1, with the order linkage of ontario-dicom-ig.md §3.3: one Request Attributes
/// Sequence item (requested procedure and step ids, accession + issuer, study UID, procedure, reason). Laterality is
/// sent for paired sites unless the IOD carries Image Laterality instead (DX, MG); Patient Position for CT and MR.
/// </summary>
internal sealed class GeneralSeriesModule : IIodModule
{
    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var order = context.Order;
        dataset.AddOrUpdate(DicomTags.Modality, context.Profile.Modality);
        dataset.AddOrUpdate(DicomTags.SeriesInstanceUID, context.Series.SeriesInstanceUid);
        dataset.AddOrUpdate(DicomTags.SeriesNumber, DatasetWriting.Is(context.Series.SeriesNumber));
        dataset.AddOrUpdate(DicomTags.SeriesDate, DatasetWriting.Da(context.Study.Performed));
        dataset.AddOrUpdate(DicomTags.SeriesTime, DatasetWriting.Tm(context.Study.Performed));
        dataset.AddOrUpdate(DicomTags.SeriesDescription, context.Series.Description);
        dataset.AddOrUpdate(DicomTags.BodyPartExamined, order.Procedure.Site.BodyPartExamined);
        if (order.Laterality != Laterality.None && !context.Profile.UsesImageLaterality)
            dataset.AddOrUpdate(DicomTags.Laterality, ((char)order.Laterality).ToString());
        if (context.Profile.NeedsPatientPosition)
            dataset.AddOrUpdate(DicomTags.PatientPosition, order.Procedure.Site == BodySite.Knee ? "FFS" : "HFS");
        dataset.AddOrUpdate(DicomTags.OperatorsName, context.Study.Technologist.Name.ToDicom());
        AddRequestAttributes(dataset, context);
    }

    private static void AddRequestAttributes(DicomDataset dataset, InstanceContext context)
    {
        var order = context.Order;
        var request = dataset.AddItem(DicomTags.RequestAttributesSequence);
        request.AddOrUpdate(DicomTags.RequestedProcedureID, order.Identifiers.RequestedProcedureId);
        request.AddOrUpdate(DicomTags.ScheduledProcedureStepID, order.Identifiers.ScheduledProcedureStepId);
        GeneralStudyModule.AddAccession(request, order);
        request.AddOrUpdate(DicomTags.StudyInstanceUID, context.Study.StudyInstanceUid);
        request.AddOrUpdate(DicomTags.RequestedProcedureDescription, order.Procedure.Display);
        request.AddCode(DicomTags.RequestedProcedureCodeSequence, order.Procedure.Code, ImagingProcedure.CodingScheme, order.Procedure.Display);
        request.AddOrUpdate(DicomTags.ScheduledProcedureStepDescription, order.Procedure.Display);
        request.AddOrUpdate(DicomTags.ReasonForTheRequestedProcedure, order.Reason);
    }
}
