using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>General Equipment Module, PS3.3 C.7.5.1: a fictional manufacturer, the facility as institution, its station.</summary>
internal sealed class GeneralEquipmentModule : IIodModule
{
    public const string Manufacturer = "ConformanceHarness Synthetic";

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var facility = context.Order.Facility;
        dataset.AddOrUpdate(DicomTags.Manufacturer, Manufacturer);
        dataset.AddOrUpdate(DicomTags.InstitutionName, facility.Name);
        dataset.AddOrUpdate(DicomTags.InstitutionAddress, $"{facility.City}, ON, Canada");
        dataset.AddOrUpdate(DicomTags.StationName, facility.StationName(context.Profile.Key));
        dataset.AddOrUpdate(DicomTags.InstitutionalDepartmentName, "Diagnostic Imaging");
        dataset.AddOrUpdate(DicomTags.ManufacturerModelName, $"HX-{context.Profile.Key} Synthetic");
        dataset.AddOrUpdate(DicomTags.DeviceSerialNumber, $"{facility.Code}-{context.Profile.Key}-1");
        dataset.AddOrUpdate(DicomTags.SoftwareVersions, "ConformanceHarness.Fixtures 1");
    }
}
