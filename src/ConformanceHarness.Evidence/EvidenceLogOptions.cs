namespace ConformanceHarness.Evidence;

public sealed record EvidenceLogOptions
{
    /// <summary>How many records may wait for the writer; when full, <see cref="EvidenceLog.Append"/> waits (memory stays
    /// bounded, nothing is dropped).</summary>
    public int Capacity { get; init; } = 4096;
}
