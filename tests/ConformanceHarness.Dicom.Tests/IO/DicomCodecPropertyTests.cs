using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;

using FsCheck;
using FsCheck.Fluent;

namespace ConformanceHarness.Dicom.Tests.IO;

/// <summary>Random values per binary VR and random nested data sets survive write then read.</summary>
public sealed class DicomCodecPropertyTests
{
    private static readonly DicomTag PrivateValue = new(0x0009, 0x1010);
    private static readonly TransferSyntax[] Explicit = [TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian];

    public static TheoryData<string> BinaryVRs => new(DicomVR.All.Where(vr => vr.Kind is DicomVRKind.Binary or DicomVRKind.Bulk).Select(vr => vr.Code));

    [Theory]
    [MemberData(nameof(BinaryVRs))]
    public void WriteRead_RandomValuesBothByteOrders_SameValues(string code)
    {
        var vr = DicomVR.Parse(code);
        var unit = Math.Max(1, vr.UnitSize);
        var values = ArbMap.Default.GeneratorFor<byte[]>().Select(bytes => bytes[..(bytes.Length - (bytes.Length % (2 * unit)))]);

        Prop.ForAll(values.ToArbitrary(), bytes => Explicit.All(syntax => RoundTrips(vr, bytes, syntax))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WriteRead_RandomNestedDataSets_ReadBackEqual()
    {
        var seeds = ArbMap.Default.GeneratorFor<int>().ToArbitrary();

        Prop.ForAll(seeds, seed =>
        {
            var dataset = RandomDatasets.Create(new Random(seed), depth: 0);
            foreach (var syntax in DicomCorpusTests.Uncompressed)
                foreach (var lengths in Enum.GetValues<DicomSequenceLength>())
                    DatasetAssert.Equal(dataset, WriteRead(dataset, syntax, lengths), compareVR: syntax.IsExplicitVR);
        }).QuickCheckThrowOnFailure();
    }

    private static bool RoundTrips(DicomVR vr, byte[] littleEndian, TransferSyntax syntax)
    {
        var element = new DicomElement(PrivateValue, vr, littleEndian);
        var read = WriteRead(new DicomDataset(element), syntax, DicomSequenceLength.AsRead).GetElement(PrivateValue);
        return read.VR == vr && read.IsBigEndian == syntax.IsBigEndian && read.InByteOrder(false).Bytes.Span.SequenceEqual(littleEndian);
    }

    private static DicomDataset WriteRead(DicomDataset dataset, TransferSyntax syntax, DicomSequenceLength lengths)
    {
        using var stream = new MemoryStream();
        new DicomFile(dataset).Save(stream, new DicomWriteOptions { TransferSyntax = syntax, SequenceLength = lengths });
        stream.Position = 0;
        return DicomFile.Read(stream).Dataset;
    }
}
