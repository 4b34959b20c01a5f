using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Reporting.Messages;

/// <summary>Timestamps (Unix seconds + nanos) and durations as Cucumber Messages carry them.</summary>
public static class MessageTime
{
    private const long NanosPerTick = 100;

    public static Timestamp ToTimestamp(DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Timestamp(Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest), rest * NanosPerTick);
    }

    public static Duration ToDuration(TimeSpan span)
    {
        var ticks = Math.Max(0, span.Ticks);
        return new Duration(Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rest), rest * NanosPerTick);
    }
}
