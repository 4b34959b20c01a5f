using ConformanceHarness.Reporting.Messages;

namespace ConformanceHarness.Reporting.Tests.Messages;

public sealed class MessageTimeTests
{
    [Fact]
    public void ToTimestamp_InstantWithFraction_SplitsUnixSecondsAndNanos()
    {
        var instant = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(-4)).AddTicks(1_234_567);

        var timestamp = MessageTime.ToTimestamp(instant);

        Assert.Equal(instant.ToUnixTimeSeconds(), timestamp.Seconds);
        Assert.Equal(123_456_700, timestamp.Nanos);
    }

    [Fact]
    public void ToDuration_SpanOverOneSecond_SplitsSecondsAndNanos()
    {
        var duration = MessageTime.ToDuration(TimeSpan.FromMilliseconds(2_500));

        Assert.Equal((2, 500_000_000), (duration.Seconds, duration.Nanos));
    }
}
