using System.Globalization;

using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom.Pixels;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>Image Plane Module, PS3.3 C.7.6.2: axial 5 mm slices of 0.8 mm pixels, stacked by instance number.</summary>
internal sealed class ImagePlaneModule : IIodModule
{
    public bool VariesPerInstance => true;

    public const double SliceThickness = 5.0;

    public const double PixelSpacing = 0.8;

    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var corner = Ds(-PixelSpacing * SyntheticPixels.Size / 2);
        var z = Ds((context.InstanceNumber - 1) * SliceThickness);
        dataset.AddOrUpdate(DicomTags.PixelSpacing, Ds(PixelSpacing), Ds(PixelSpacing));
        dataset.AddOrUpdate(DicomTags.ImageOrientationPatient, "1", "0", "0", "0", "1", "0");
        dataset.AddOrUpdate(DicomTags.ImagePositionPatient, corner, corner, z);
        dataset.AddOrUpdate(DicomTags.SliceThickness, Ds(SliceThickness));
        dataset.AddOrUpdate(DicomTags.SliceLocation, z);
    }

    private static string Ds(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
