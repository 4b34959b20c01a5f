using ConformanceHarness.Dicom;

namespace ConformanceHarness.Dicom.Network.Benchmarks;

/// <summary>
/// Deterministic synthetic CT Image Storage instances (PS3.3 A.3): one patient, one study, one series, 512×512 pixels of
/// 16 bits (~0.5 MB), Explicit VR Little Endian. The same index always gives the same bytes.
/// </summary>
internal static class SyntheticCt
{
    public const int Size = 512;

    /// <summary>A 2.25 UID root (PS3.5 B.2) fixed for the benchmark; study, series and instances hang below it.</summary>
    private const string Root = "2.25.271828182845904523536028747135266249";

    public static string StudyInstanceUid => $"{Root}.1";

    public static string SeriesInstanceUid => $"{Root}.1.1";

    public static string SopInstanceUid(int index) => $"{Root}.1.1.{index + 1}";

    /// <summary>Writes instances 0 … <paramref name="count"/>−1 as <c>CT{index:D5}.dcm</c>.</summary>
    public static void Generate(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var index = 0; index < count; index++)
        {
            var file = new DicomFile(Build(index)) { TransferSyntax = TransferSyntax.ExplicitVRLittleEndian };
            file.Save(Path.Combine(folder, $"CT{index:D5}.dcm"));
        }
    }

    public static DicomDataset Build(int index)
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTags.SOPClassUID, DicomUids.CTImageStorage);
        dataset.AddOrUpdate(DicomTags.SOPInstanceUID, SopInstanceUid(index));
        dataset.AddOrUpdate(DicomTags.StudyDate, "20260101");
        dataset.AddOrUpdate(DicomTags.StudyTime, "120000");
        dataset.AddOrUpdate(DicomTags.AccessionNumber, "BENCH0001");
        dataset.AddOrUpdate(DicomTags.Modality, "CT");
        dataset.AddOrUpdate(DicomTags.PatientName, "BENCH^SYNTHETIC");
        dataset.AddOrUpdate(DicomTags.PatientID, "BENCH-0001");
        dataset.AddOrUpdate(DicomTags.StudyInstanceUID, StudyInstanceUid);
        dataset.AddOrUpdate(DicomTags.SeriesInstanceUID, SeriesInstanceUid);
        dataset.AddOrUpdate(DicomTags.StudyID, "1");
        dataset.AddOrUpdate(DicomTags.SeriesNumber, "1");
        dataset.AddOrUpdate(DicomTags.InstanceNumber, (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddImagePixel(dataset, index);
        return dataset;
    }

    /// <summary>Image Pixel and CT Image attributes, and pixel data: a disc whose radius follows the slice index,
    /// with a little deterministic noise so that no two slices are equal.</summary>
    private static void AddImagePixel(DicomDataset dataset, int index)
    {
        dataset.AddOrUpdate(DicomTags.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        dataset.AddOrUpdate(DicomTags.SamplesPerPixel, (ushort)1);
        dataset.AddOrUpdate(DicomTags.PhotometricInterpretation, "MONOCHROME2");
        dataset.AddOrUpdate(DicomTags.Rows, (ushort)Size);
        dataset.AddOrUpdate(DicomTags.Columns, (ushort)Size);
        dataset.AddOrUpdate(DicomTags.BitsAllocated, (ushort)16);
        dataset.AddOrUpdate(DicomTags.BitsStored, (ushort)12);
        dataset.AddOrUpdate(DicomTags.HighBit, (ushort)11);
        dataset.AddOrUpdate(DicomTags.PixelRepresentation, (ushort)0);
        dataset.AddOrUpdate(DicomTags.RescaleIntercept, "-1024");
        dataset.AddOrUpdate(DicomTags.RescaleSlope, "1");
        dataset.AddOrUpdate(DicomTags.KVP, "120");
        dataset.AddOrUpdate(DicomTags.SliceThickness, "1");
        dataset.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OW, Pixels(index)));
    }

    private static byte[] Pixels(int index)
    {
        var random = new Random(index);
        var radius = 100 + index % 150;
        var bytes = new byte[Size * Size * 2];
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var (dx, dy) = (x - Size / 2, y - Size / 2);
                var value = (dx * dx + dy * dy < radius * radius ? 1064 : 24) + random.Next(16);
                var offset = (y * Size + x) * 2;
                bytes[offset] = (byte)value;
                bytes[offset + 1] = (byte)(value >> 8);
            }
        }
        return bytes;
    }
}
