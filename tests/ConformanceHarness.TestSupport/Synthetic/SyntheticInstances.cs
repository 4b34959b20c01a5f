using System.Globalization;

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.TestSupport.Synthetic;

/// <summary>
/// Synthetic CT images for network tests and benchmarks, built with our own codec: the mandatory modules of the CT Image
/// IOD (PS3.3 A.3: Patient, General Study, General Series, Frame of Reference, General Equipment, General Image, Image
/// Plane, Image Pixel, CT Image, SOP Common) and 12-bit MONOCHROME2 noise in 16-bit pixels. No real patient data.
/// </summary>
public static class SyntheticInstances
{
    public const string Manufacturer = "ConformanceHarness";

    public static DicomFile CtImage(CtImageSpec spec)
    {
        if (!spec.TransferSyntax.IsUncompressed)
            throw new ArgumentException($"{spec.TransferSyntax} is not an uncompressed transfer syntax", nameof(spec));
        var dataset = new DicomDataset();
        foreach (var (tag, values) in Attributes(spec)) dataset.AddOrUpdate(tag, values);
        dataset.AddOrUpdate(DicomTags.SamplesPerPixel, (ushort)1);
        dataset.AddOrUpdate(DicomTags.Rows, (ushort)spec.Rows);
        dataset.AddOrUpdate(DicomTags.Columns, (ushort)spec.Columns);
        dataset.AddOrUpdate(DicomTags.BitsAllocated, (ushort)16);
        dataset.AddOrUpdate(DicomTags.BitsStored, (ushort)12);
        dataset.AddOrUpdate(DicomTags.HighBit, (ushort)11);
        dataset.AddOrUpdate(DicomTags.PixelRepresentation, (ushort)0);
        dataset.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OW, Pixels(spec)));
        return new DicomFile(dataset) { TransferSyntax = spec.TransferSyntax };
    }

    /// <summary>The image as a DICOM file's bytes (PS3.10), e.g. to upload.</summary>
    public static byte[] Encode(CtImageSpec spec)
    {
        using var stream = new MemoryStream();
        CtImage(spec).Save(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes <paramref name="count"/> images of one series of <paramref name="template"/>'s study into <paramref name="folder"/>
    /// as <c>CT0001.dcm</c>…, instance numbers 1…<paramref name="count"/>, each with its own SOP Instance UID and pixel seed.
    /// </summary>
    public static IReadOnlyList<string> WriteStudy(string folder, int count, CtImageSpec template)
    {
        Directory.CreateDirectory(folder);
        return [.. Enumerable.Range(1, count).Select(number =>
        {
            var path = Path.Combine(folder, $"CT{number:D4}.dcm");
            var spec = template with { InstanceNumber = number, SopInstanceUid = DicomUid.Generate(), Seed = template.Seed + number - 1 };
            CtImage(spec).Save(path);
            return path;
        })];
    }

    /// <summary>The string-valued attributes; empty arrays are Type 2 attributes present without a value.</summary>
    private static IEnumerable<(DicomTag Tag, string[] Values)> Attributes(CtImageSpec spec)
    {
        var z = (spec.InstanceNumber * 5.0).ToString("0.0", CultureInfo.InvariantCulture);
        return
        [
            (DicomTags.ImageType, ["ORIGINAL", "PRIMARY", "AXIAL"]),
            (DicomTags.SOPClassUID, [DicomUids.CTImageStorage]),
            (DicomTags.SOPInstanceUID, [spec.SopInstanceUid]),
            (DicomTags.StudyDate, ["20240501"]), (DicomTags.ContentDate, ["20240501"]),
            (DicomTags.StudyTime, ["120000"]), (DicomTags.ContentTime, ["120000"]),
            (DicomTags.AccessionNumber, []), (DicomTags.Modality, ["CT"]), (DicomTags.BodyPartExamined, ["CHEST"]), (DicomTags.Manufacturer, [Manufacturer]),
            (DicomTags.ReferringPhysicianName, []), (DicomTags.StudyDescription, ["Synthetic CT"]),
            (DicomTags.PatientName, [spec.PatientName]), (DicomTags.PatientID, [spec.PatientId]),
            (DicomTags.PatientBirthDate, []), (DicomTags.PatientSex, ["O"]),
            (DicomTags.SliceThickness, ["5.0"]), (DicomTags.KVP, ["120"]), (DicomTags.PatientPosition, ["HFS"]),
            (DicomTags.StudyInstanceUID, [spec.StudyInstanceUid]), (DicomTags.SeriesInstanceUID, [spec.SeriesInstanceUid]),
            (DicomTags.StudyID, ["1"]), (DicomTags.SeriesNumber, ["1"]), (DicomTags.AcquisitionNumber, ["1"]),
            (DicomTags.InstanceNumber, [spec.InstanceNumber.ToString(CultureInfo.InvariantCulture)]),
            (DicomTags.ImagePositionPatient, ["-250.0", "-250.0", z]), (DicomTags.ImageOrientationPatient, ["1", "0", "0", "0", "1", "0"]),
            (DicomTags.FrameOfReferenceUID, [spec.FrameOfReferenceUid]), (DicomTags.PositionReferenceIndicator, []),
            (DicomTags.SliceLocation, [z]), (DicomTags.PhotometricInterpretation, ["MONOCHROME2"]),
            (DicomTags.PixelSpacing, ["0.9765625", "0.9765625"]),
            (DicomTags.WindowCenter, ["40"]), (DicomTags.WindowWidth, ["400"]),
            (DicomTags.RescaleIntercept, ["-1024"]), (DicomTags.RescaleSlope, ["1"]), (DicomTags.RescaleType, ["HU"]),
        ];
    }

    /// <summary>Rows × Columns little-endian 16-bit values in 0…4095 (12 bits stored), drawn from <see cref="CtImageSpec.Seed"/>.</summary>
    private static byte[] Pixels(CtImageSpec spec)
    {
        var pixels = new byte[spec.Rows * spec.Columns * 2];
        new Random(spec.Seed).NextBytes(pixels);
        for (var high = 1; high < pixels.Length; high += 2) pixels[high] &= 0x0F;
        return pixels;
    }
}
