namespace ConformanceHarness.CompatibilityKit.Tests.Support;

/// <summary>A difference names the first differing envelope and shows both lines.</summary>
public sealed class NdjsonComparisonTests
{
    private static readonly string[] Reference =
    [
        "{\"testRunStarted\":{\"id\":\"1\",\"timestamp\":{\"seconds\":0,\"nanos\":0}}}",
        "{\"testRunFinished\":{\"testRunStartedId\":\"1\",\"timestamp\":{\"seconds\":0,\"nanos\":0},\"success\":true}}",
    ];

    [Fact]
    public void AssertEquivalent_SuccessDiffers_ReportsIndexAndBothLines()
    {
        string[] actual = [Reference[0], Reference[1].Replace("true", "false")];

        var error = Assert.ThrowsAny<Exception>(() => NdjsonComparison.AssertEquivalent(Reference, actual, "actual.ndjson"));

        Assert.Contains("envelope #1 differs", error.Message);
        Assert.Contains("expected: {\"testRunFinished\":{\"success\":true", error.Message);
        Assert.Contains("actual:   {\"testRunFinished\":{\"success\":false", error.Message);
    }

    [Fact]
    public void AssertEquivalent_StreamEndsEarly_ReportsTheMissingEnvelope()
    {
        var error = Assert.ThrowsAny<Exception>(() => NdjsonComparison.AssertEquivalent(Reference, [Reference[0]], "actual.ndjson"));

        Assert.Contains("envelope #1 differs (expected 2 envelopes, actual 1)", error.Message);
        Assert.Contains("<none: the stream ended>", error.Message);
    }
}
