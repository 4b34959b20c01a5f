namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// Message IDs (0000,0110) for one association: 1, 2, … 65535, then 1 again; never 0. Thread-safe.
/// </summary>
public sealed class DimseMessageIdGenerator
{
    private int _last;

    /// <param name="last">The ID issued before the first one this generator returns (0 starts at 1).</param>
    public DimseMessageIdGenerator(ushort last = 0) => _last = last;

    public ushort Next()
    {
        while (true)
        {
            var last = Volatile.Read(ref _last);
            var next = last >= ushort.MaxValue ? 1 : last + 1;
            if (Interlocked.CompareExchange(ref _last, next, last) == last) return (ushort)next;
        }
    }
}
