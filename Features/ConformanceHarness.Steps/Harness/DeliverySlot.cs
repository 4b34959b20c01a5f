namespace ConformanceHarness.Steps.Harness;

/// <summary>A value produced by the custom <c>{slot}</c> parameter type, e.g. "09:30-11:00".</summary>
public sealed record DeliverySlot(TimeOnly From, TimeOnly To)
{
    public TimeSpan Length => To - From;
}
