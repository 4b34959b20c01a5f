using Gherkin.CucumberMessages;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>One id sequence for the whole run (pickles, bindings, test cases), safe across parallel scenarios.</summary>
public sealed class SynchronizedIdGenerator : IIdGenerator
{
    private long _next = -1;

    public string GetNewId() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
