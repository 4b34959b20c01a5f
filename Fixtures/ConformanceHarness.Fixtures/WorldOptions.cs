namespace ConformanceHarness.Fixtures;

/// <summary>How big a world is and the date it treats as "today" (never the clock, so a seed always gives the same data).</summary>
public sealed record WorldOptions
{
    public static WorldOptions Default { get; } = new();

    public int Hospitals { get; init; } = 3;

    public int Ichscs { get; init; } = 2;

    /// <summary>Radiologists and technologists per facility (each).</summary>
    public int StaffPerFacility { get; init; } = 2;

    public int ReferringPhysicians { get; init; } = 8;

    public DateOnly ReferenceDate { get; init; } = new(2026, 6, 1);
}
