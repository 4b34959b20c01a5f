using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>A PS3.3 module: writes its attributes for one image (Type 1 with a value, Type 2 present, possibly empty).</summary>
internal interface IIodModule
{
    /// <summary>
    /// True when some attribute differs between the images of a series (instance number, SOP Instance UID, position,
    /// view); such modules run for every image, the others once per series into the template every image is cloned from.
    /// </summary>
    bool VariesPerInstance => false;

    void AddTo(DicomDataset dataset, InstanceContext context);
}
