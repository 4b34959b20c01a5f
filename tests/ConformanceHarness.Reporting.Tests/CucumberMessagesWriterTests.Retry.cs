using System.Text.Json;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests;

// Retried scenarios: one testCaseStarted/testCaseFinished pair per attempt, as in the kit's retry reference.
public sealed partial class CucumberMessagesWriterTests
{
    [Fact]
    public async Task Write_RetriedScenarios_OneStartedAndFinishedPairPerAttempt()
    {
        var envelopes = await RunRetriedAsync(retry: 2);

        var started = envelopes.Of("testCaseStarted");
        var finished = envelopes.Of("testCaseFinished");
        Assert.Equal([0, 1, 0, 1, 2, 0], started.Select(s => s.GetProperty("attempt").GetInt32()));
        Assert.Equal(started.Select(Id), finished.Select(f => f.GetProperty("testCaseStartedId").GetString()));
        Assert.Equal([true, false, true, true, false, false], finished.Select(f => f.GetProperty("willBeRetried").GetBoolean()));
        Assert.Equal(3, envelopes.Of("testCase").Count);
    }

    [Fact]
    public async Task Write_RetriedScenario_AttemptsShareTheTestCaseAndHaveTheirOwnSteps()
    {
        var envelopes = await RunRetriedAsync(retry: 1);

        var started = envelopes.Of("testCaseStarted").Take(2).ToList();
        Assert.Equal(started[0].GetProperty("testCaseId").GetString(), started[1].GetProperty("testCaseId").GetString());
        var statuses = started.Select(s => envelopes.Of("testStepFinished")
            .Where(f => f.GetProperty("testCaseStartedId").GetString() == Id(s))
            .Select(f => f.GetProperty("testStepResult").GetProperty("status").GetString()).Single());
        Assert.Equal(["FAILED", "PASSED"], statuses);
    }

    [Fact]
    public async Task Write_NoRetry_EveryTestCaseFinishedWillNotBeRetried()
    {
        var envelopes = await RunRetriedAsync(retry: 0);

        Assert.Equal([0, 0, 0], envelopes.Of("testCaseStarted").Select(s => s.GetProperty("attempt").GetInt32()));
        Assert.All(envelopes.Of("testCaseFinished"), f => Assert.False(f.GetProperty("willBeRetried").GetBoolean()));
    }

    private static string? Id(JsonElement started) => started.GetProperty("id").GetString();

    private static async Task<Envelopes> RunRetriedAsync(int retry)
    {
        var stream = new MemoryStream();
        using (var writer = new CucumberMessagesWriter(stream))
            await FeatureRun.RunAsync([("test.feature", FlakySteps.Feature)], [typeof(FlakySteps)],
                options => options with { Retry = retry }, writer);
        return Envelopes.Read(stream.ToArray());
    }
}
