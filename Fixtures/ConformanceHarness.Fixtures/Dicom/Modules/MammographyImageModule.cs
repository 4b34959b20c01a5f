using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Orders;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// Mammography Image Module, PS3.3 C.8.11.7: odd instances are cranio-caudal, even ones medio-lateral oblique (View Code
/// Sequence, SNOMED CT, CID 4014), with the Patient Orientation each view has for the breast's side.
/// </summary>
internal sealed class MammographyImageModule : IIodModule
{
    public bool VariesPerInstance => true;

    private static readonly (string Code, string Meaning, string Right, string Left) CranioCaudal = ("399162004", "cranio-caudal", "P\\L", "A\\R");

    private static readonly (string Code, string Meaning, string Right, string Left) MedioLateralOblique = ("399368009", "medio-lateral oblique", "P\\FL", "A\\FR");

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var view = context.InstanceNumber % 2 == 1 ? CranioCaudal : MedioLateralOblique;
        var orientation = context.Order.Laterality == Laterality.Left ? view.Left : view.Right;
        dataset.AddOrUpdate(DicomTags.PatientOrientation, orientation.Split('\\'));
        dataset.AddOrUpdate(DicomTags.PositionerType, "MAMMOGRAPHIC");
        dataset.AddOrUpdate(DicomTags.OrganExposed, "BREAST");
        dataset.AddOrUpdate(DicomTags.BreastImplantPresent, "NO");
        dataset.AddOrUpdate(DicomTags.PartialView, "NO");
        var item = dataset.AddCode(DicomTags.ViewCodeSequence, view.Code, "SCT", view.Meaning);
        item.AddEmptySequence(DicomTags.ViewModifierCodeSequence);
    }
}
