using System.Xml.Linq;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests;

// Retried scenarios: one testcase each, with the last attempt's verdict and a note of the attempts.
public sealed partial class JUnitXmlWriterTests
{
    [Fact]
    public async Task Write_PassedOnRetry_IsOnePassedTestcaseNotedFlakyWithEveryAttemptLogged()
    {
        var document = await RunRetriedAsync(retry: 2);

        var testCase = Case(document, "flaky");
        Assert.Equal(["system-out"], testCase.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["flaky: passed on attempt 2 of 2 (failed, passed)",
            "--- attempt 1 ---", "Given a step that passes on attempt 2 ... failed", "    " + FlakySteps.FailureMessage,
            "--- attempt 2 ---", "Given a step that passes on attempt 2 ... passed"], Lines(testCase));
    }

    [Fact]
    public async Task Write_FailedOnEveryAttempt_IsOneFailureNotedWithTheAttempts()
    {
        var document = await RunRetriedAsync(retry: 2);

        var testCase = Case(document, "broken");
        Assert.Single(testCase.Elements("failure"));
        Assert.Equal("retried: failed after 3 attempts (failed, failed, failed)", Lines(testCase)[0]);
        Assert.Equal(3, Lines(testCase).Count(line => line.StartsWith("--- attempt", StringComparison.Ordinal)));
        Assert.Equal(("3", "1", "0", "0"), Counts(document.Root!));
    }

    [Fact]
    public async Task Write_NotRetried_HasNoAttemptNote()
    {
        var document = await RunRetriedAsync(retry: 2);

        Assert.Equal(["Given a step that always passes ... passed"], Lines(Case(document, "steady")));
    }

    private static async Task<XDocument> RunRetriedAsync(int retry)
    {
        var stream = new MemoryStream();
        using (var writer = new JUnitXmlWriter(stream, leaveOpen: true))
            await FeatureRun.RunAsync([("test.feature", FlakySteps.Feature)], [typeof(FlakySteps)],
                options => options with { Retry = retry }, writer);
        return JUnitRun.Validate(stream.ToArray());
    }
}
