using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.Pdus;

public sealed class PDataTFFragmenterTests
{
    private static readonly byte[] Data = [.. Enumerable.Range(0, 100).Select(i => (byte)i)];

    [Theory]
    [InlineData(106, new[] { 100 })]
    [InlineData(105, new[] { 99, 1 })]
    [InlineData(56, new[] { 50, 50 })]
    [InlineData(55, new[] { 49, 49, 2 })]
    [InlineData(7, new[] { 1 })]
    [InlineData(0, new[] { 100 })]
    public void Fragment_MaximumLength_SplitsIntoFittingPdus(uint maximumLength, int[] expectedSizes)
    {
        var pdus = PDataTFFragmenter.Fragment(3, isCommand: false, Data, maximumLength).ToList();

        if (maximumLength == 7) expectedSizes = [.. Enumerable.Repeat(1, 100)];
        Assert.Equal(expectedSizes, pdus.Select(p => p.Values.Single().Fragment.Count));
        Assert.All(pdus, p => Assert.True(maximumLength == 0 || p.Encode().Length - 6 <= maximumLength));
        Assert.Equal(Data, pdus.SelectMany(p => p.Values.Single().Fragment));
    }

    [Fact]
    public void Fragment_ExactFit_OnePduWhoseBodyIsTheMaximum()
    {
        var pdu = Assert.Single(PDataTFFragmenter.Fragment(1, isCommand: true, Data, 106));

        Assert.Equal(106, pdu.Encode().Length - 6);
        Assert.Equal(new PresentationDataValue(1, true, true, [.. Data]), pdu.Values.Single());
    }

    [Fact]
    public void Fragment_OneByteOver_LastFlagOnlyOnTheSecond()
    {
        var pdus = PDataTFFragmenter.Fragment(1, isCommand: true, Data, 105).ToList();

        Assert.Equal([false, true], pdus.Select(p => p.Values.Single().IsLast));
        Assert.All(pdus, p => Assert.True(p.Values.Single().IsCommand));
        Assert.Equal(Wire.Bytes("04 00 00 00 00 07 00 00 00 03 01 03 63"), pdus[1].Encode());
    }

    [Fact]
    public void Fragment_EmptyData_OneEmptyLastFragment() =>
        Assert.Equal(new PresentationDataValue(9, false, true, []),
            Assert.Single(PDataTFFragmenter.Fragment(9, false, ReadOnlyMemory<byte>.Empty, 16384)).Values.Single());

    [Fact]
    public void Fragment_MaximumTooSmallForAnyData_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PDataTFFragmenter.Fragment(1, false, Data, 6));
}
