using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom;

namespace ConformanceHarness.Fixtures.Tests.Dicom;

/// <summary>Studies the tests share: one per modality from a fixed seed, and their files as PS3.10 bytes.</summary>
internal static class GeneratedStudies
{
    public static readonly string[] Modalities = ["CT", "MR", "CR", "DX", "US", "MG", "SC"];

    public static TheoryData<string> ModalityData => [.. Modalities];

    /// <summary>A study of <paramref name="modality"/> from a fresh world of <paramref name="seed"/>: 2 series of 3 images.</summary>
    public static SyntheticStudy Study(string modality, int seed = 9, bool withPixels = true, int series = 2, int instances = 3) =>
        SyntheticWorld.Create(seed).NewPatient().NewOrder(modality).Perform(series, instances, withPixels);

    public static byte[] Encode(DicomFile file)
    {
        using var stream = new MemoryStream();
        file.Save(stream);
        return stream.ToArray();
    }

    public static DicomFile ReadBack(DicomFile file) => DicomFile.Read(new MemoryStream(Encode(file)));
}
