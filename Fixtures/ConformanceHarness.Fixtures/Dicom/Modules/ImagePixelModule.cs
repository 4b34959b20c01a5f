using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom.Pixels;

namespace ConformanceHarness.Fixtures.Dicom.Modules;

/// <summary>
/// Image Pixel Module, PS3.3 C.7.6.3: a 64×64 MONOCHROME2 image in the modality's bit depth. Without pixels every
/// attribute but Pixel Data (7FE0,0010) stays, so the image description is still complete; the instance is then not a
/// conformant image (Pixel Data is Type 1C, required when neither Float nor Double Float Pixel Data is present).
/// </summary>
internal sealed class ImagePixelModule : IIodModule
{
    public void AddTo(DicomDataset dataset, InstanceContext context)
    {
        var format = context.Profile.Pixels;
        dataset.AddOrUpdate(DicomTags.SamplesPerPixel, (ushort)1);
        dataset.AddOrUpdate(DicomTags.PhotometricInterpretation, "MONOCHROME2");
        dataset.AddOrUpdate(DicomTags.Rows, (ushort)SyntheticPixels.Size);
        dataset.AddOrUpdate(DicomTags.Columns, (ushort)SyntheticPixels.Size);
        dataset.AddOrUpdate(DicomTags.BitsAllocated, (ushort)format.BitsAllocated);
        dataset.AddOrUpdate(DicomTags.BitsStored, (ushort)format.BitsStored);
        dataset.AddOrUpdate(DicomTags.HighBit, (ushort)(format.BitsStored - 1));
        dataset.AddOrUpdate(DicomTags.PixelRepresentation, (ushort)0);
        if (context.Study.WithPixels)
            dataset.AddOrUpdate(new DicomElement(DicomTags.PixelData, format.BitsAllocated == 8 ? DicomVR.OB : DicomVR.OW, SyntheticPixels.Render(format)));
    }
}
