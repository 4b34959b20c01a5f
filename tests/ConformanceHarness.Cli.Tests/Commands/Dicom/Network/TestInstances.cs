using ConformanceHarness.Dicom;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>Small synthetic instances for the network verbs (TestSupport's CT images with 32 bytes of pixels) and their files.</summary>
public static class TestInstances
{
    public static DicomDataset Ct(string patientId) =>
        SyntheticInstances.CtImage(new CtImageSpec { PatientId = patientId, PatientName = $"Synthetic^{patientId}", PixelDataBytes = 32 }).Dataset;

    /// <summary>A CT image relabelled as MR Image Storage: a second SOP class for the negotiation.</summary>
    public static DicomDataset Mr(string patientId) =>
        Ct(patientId).AddOrUpdate(DicomTags.SOPClassUID, DicomUids.MRImageStorage).AddOrUpdate(DicomTags.Modality, "MR");

    /// <summary>Writes <paramref name="dataset"/> as a Part 10 file in <paramref name="syntax"/>.</summary>
    public static string Save(DicomDataset dataset, string path, TransferSyntax? syntax = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        new DicomFile(dataset) { TransferSyntax = syntax ?? TransferSyntax.ExplicitVRLittleEndian }.Save(path);
        return path;
    }

    /// <summary>The bytes after the File Meta Information: (0002,0000) is an UL whose value starts at byte 140.</summary>
    public static byte[] DatasetBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes[(144 + (int)BitConverter.ToUInt32(bytes, 140))..];
    }
}
