using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Orders;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// DX Anatomy Imaged Module, PS3.3 C.8.11.2: Image Laterality (R/L for paired sites, U for unpaired) and the site as
/// an Anatomic Region Sequence item in SNOMED CT (designator SCT).
/// </summary>
internal sealed class DxAnatomyImagedModule : IIodModule
{
    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var order = context.Order;
        dataset.AddOrUpdate(DicomTags.ImageLaterality, order.Laterality == Laterality.None ? "U" : ((char)order.Laterality).ToString());
        dataset.AddCode(DicomTags.AnatomicRegionSequence, order.Procedure.Site.SnomedCode, "SCT", order.Procedure.Site.Meaning);
    }
}
