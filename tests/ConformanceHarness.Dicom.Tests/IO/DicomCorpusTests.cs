using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>Every public corpus file reads, writes back byte for byte when canonical, and transcodes losslessly.</summary>
public sealed class DicomCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => DicomCorpus.Files();

    public static TheoryData<string> Canonical => DicomCorpus.CanonicalFiles();

    public static readonly TransferSyntax[] Uncompressed =
    [
        TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRLittleEndian,
        TransferSyntax.DeflatedExplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian,
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Open_CorpusFile_ReadsWithSopInstance(string name)
    {
        var file = DicomFile.Open(DicomCorpus.Require(name));

        foreach (var warning in file.Warnings) output.WriteLine(warning.ToString());
        Assert.True(file.Dataset.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Save_CanonicalFileInItsOwnSyntax_IsByteIdentical(string name)
    {
        var path = DicomCorpus.Require(name);
        var original = File.ReadAllBytes(path);
        var file = DicomFile.Open(path);
        using var written = new MemoryStream();

        file.Save(written, new DicomWriteOptions { KeepImplementation = true });

        Assert.Equal(original.Length, written.Length);
        var firstDifference = original.Zip(written.ToArray()).TakeWhile(pair => pair.First == pair.Second).Count();
        Assert.True(firstDifference == original.Length, $"first difference at offset {firstDifference}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Save_EachUncompressedSyntax_ReadsBackEqual(string name)
    {
        var file = DicomFile.Open(DicomCorpus.Require(name));
        Assert.SkipWhen(file.TransferSyntax.IsEncapsulated, $"{name} is {file.TransferSyntax}: transcoding needs a decompressor");

        foreach (var syntax in Uncompressed)
        {
            var reread = DicomFile.Read(new MemoryStream(Write(file, syntax)));

            Assert.Equal(syntax, reread.TransferSyntax);
            DatasetAssert.Equal(file.Dataset, reread.Dataset, compareVR: syntax.IsExplicitVR && file.TransferSyntax.IsExplicitVR);
        }
    }

    internal static byte[] Write(DicomFile file, TransferSyntax syntax)
    {
        using var written = new MemoryStream();
        file.Save(written, new DicomWriteOptions { TransferSyntax = syntax });
        return written.ToArray();
    }
}
