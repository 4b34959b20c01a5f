namespace ConformanceHarness.Fixtures.Dicom;

/// <summary>How many series and images a performed study has, and whether its images carry Pixel Data.</summary>
public sealed record StudyShape(int SeriesCount, int InstancesPerSeries, bool WithPixels)
{
    /// <summary>Series Number is IS (≤ 12 chars) but UID counters and folder trees stay sane well below this.</summary>
    public const int MaxCount = 10_000;

    public void Validate()
    {
        if (SeriesCount is < 1 or > MaxCount) throw new ArgumentOutOfRangeException(nameof(SeriesCount), SeriesCount, $"expected 1…{MaxCount}");
        if (InstancesPerSeries is < 1 or > MaxCount)
            throw new ArgumentOutOfRangeException(nameof(InstancesPerSeries), InstancesPerSeries, $"expected 1…{MaxCount}");
    }
}
