using System.Numerics;
using ConformanceHarness.Dicom;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary>Small synthetic composite instances (no pixel data) and their Part 10 files, with fresh 2.25 UIDs.</summary>
public static class SyntheticInstances
{
    public static string NewUid() => $"2.25.{new BigInteger(Guid.NewGuid().ToByteArray(), isUnsigned: true)}";

    public static DicomDataset Create(string sopClassUid, string patientId, string? studyUid = null, string modality = "CT")
    {
        var dataset = new DicomDataset();
        dataset.AddOrUpdate(DicomTags.SOPClassUID, sopClassUid);
        dataset.AddOrUpdate(DicomTags.SOPInstanceUID, NewUid());
        dataset.AddOrUpdate(DicomTags.StudyDate, "20250101");
        dataset.AddOrUpdate(DicomTags.Modality, modality);
        dataset.AddOrUpdate(DicomTags.PatientName, $"Synthetic^{patientId}");
        dataset.AddOrUpdate(DicomTags.PatientID, patientId);
        dataset.AddOrUpdate(DicomTags.StudyInstanceUID, studyUid ?? NewUid());
        dataset.AddOrUpdate(DicomTags.SeriesInstanceUID, NewUid());
        return dataset;
    }

    public static DicomDataset Ct(string patientId, string? studyUid = null) => Create(DicomUids.CTImageStorage, patientId, studyUid);

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
