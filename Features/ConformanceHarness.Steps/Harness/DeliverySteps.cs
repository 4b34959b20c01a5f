using System.Globalization;
using ConformanceHarness.Gherkin.Bindings;

namespace ConformanceHarness.Steps.Harness;

/// <summary>A custom Cucumber Expression parameter type and the steps that use it.</summary>
[Binding]
public sealed class DeliverySteps
{
    private DeliverySlot? _slot;

    [ParameterType("slot", @"(\d\d:\d\d)-(\d\d:\d\d)")]
    public static DeliverySlot Slot(string from, string to) =>
        new(TimeOnly.Parse(from, CultureInfo.InvariantCulture), TimeOnly.Parse(to, CultureInfo.InvariantCulture));

    [Given("the delivery slot {slot}")]
    public void GivenTheDeliverySlot(DeliverySlot slot) => _slot = slot;

    [Then("the slot lasts {int} minutes")]
    public void ThenTheSlotLasts(int minutes) => Expect.Equal(minutes, (int)_slot!.Length.TotalMinutes, "slot length in minutes");
}
