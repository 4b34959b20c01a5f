using System.Numerics;

namespace ConformanceHarness.Dicom.Network.Tests.Load;

/// <summary>
/// Small synthetic Secondary Capture instances built with <see cref="DicomDataset"/>: a fixed seed gives the same UIDs
/// and pixel bytes every run; 64×64 to 80×80 16-bit pixels make each instance 8–13 KB.
/// </summary>
internal static class SyntheticInstances
{
    public static IReadOnlyList<DicomInstance> Create(int count, int seed)
    {
        var random = new Random(seed);
        var study = Uid(random);
        var series = Uid(random);
        return [.. Enumerable.Range(0, count).Select(index => DicomInstance.FromDataset(Dataset(random, study, series, index), TransferSyntax.ExplicitVRLittleEndian))];
    }

    public static DicomInstance One(int seed = 1) => Create(1, seed)[0];

    private static DicomDataset Dataset(Random random, string study, string series, int index)
    {
        var size = (ushort)(64 + index % 3 * 8);
        var pixels = new byte[size * size * 2];
        random.NextBytes(pixels);
        var dataset = new DicomDataset()
            .AddOrUpdate(DicomTags.SOPClassUID, DicomUids.SecondaryCaptureImageStorage)
            .AddOrUpdate(DicomTags.SOPInstanceUID, Uid(random))
            .AddOrUpdate(DicomTags.StudyInstanceUID, study)
            .AddOrUpdate(DicomTags.SeriesInstanceUID, series)
            .AddOrUpdate(DicomTags.PatientName, "SYNTHETIC^LOAD")
            .AddOrUpdate(DicomTags.PatientID, "SYN-0001")
            .AddOrUpdate(DicomTags.Modality, "OT")
            .AddOrUpdate(DicomTags.Rows, size)
            .AddOrUpdate(DicomTags.Columns, size)
            .AddOrUpdate(DicomTags.BitsAllocated, (ushort)16);
        return dataset.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OW, pixels));
    }

    /// <summary>A UUID-derived UID (PS3.5 B.2): "2.25." and the UUID's 128 bits as a decimal integer.</summary>
    private static string Uid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return "2.25." + new BigInteger(bytes, isUnsigned: true);
    }
}
