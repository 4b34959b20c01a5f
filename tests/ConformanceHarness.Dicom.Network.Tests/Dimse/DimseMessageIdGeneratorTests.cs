using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed class DimseMessageIdGeneratorTests
{
    [Fact]
    public void Next_NewGenerator_StartsAtOneAndCountsUp()
    {
        var generator = new DimseMessageIdGenerator();

        Assert.Equal([1, 2, 3], new[] { generator.Next(), generator.Next(), generator.Next() });
    }

    [Fact]
    public void Next_AfterMaximum_WrapsToOneNeverZero()
    {
        var generator = new DimseMessageIdGenerator(ushort.MaxValue - 1);

        Assert.Equal([ushort.MaxValue, 1, 2], new[] { generator.Next(), generator.Next(), generator.Next() });
    }

    [Fact]
    public void Next_ConcurrentCallers_IssueDistinctIds()
    {
        var generator = new DimseMessageIdGenerator();

        var ids = Enumerable.Range(0, 1000).AsParallel().Select(_ => generator.Next()).ToArray();

        Assert.Equal(1000, ids.Distinct().Count());
        Assert.DoesNotContain((ushort)0, ids);
    }
}
