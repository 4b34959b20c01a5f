using System.Text.Json;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests;

public sealed partial class CucumberMessagesWriterTests
{
    [Fact]
    public async Task Write_StatusRun_EveryLineIsOneEnvelopeWithOneMessage()
    {
        var bytes = await NdjsonRun.RunBytesAsync([("test.feature", StatusFeature.Text)], typeof(StatusSteps));

        Assert.NotEqual(0xEF, bytes[0]);
        var envelopes = Envelopes.Read(bytes);
        Assert.All(envelopes.All, envelope =>
        {
            Assert.Equal(JsonValueKind.Object, envelope.ValueKind);
            Assert.Single(envelope.EnumerateObject());
        });
    }

    [Fact]
    public async Task Write_StatusRun_ReferencesResolveAndStepsPairUp()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps), typeof(HookBindings));

        EnvelopeInvariants.AssertHold(envelopes);
        Assert.Equal(StatusFeature.ScenarioCount, envelopes.Of("testCaseStarted").Count);
    }

    [Theory]
    [MemberData(nameof(StatusFeature.ExpectedStatuses), MemberType = typeof(StatusFeature))]
    public async Task Write_Scenario_StepStatusesFollowOutcomes(string scenario, string[] statuses)
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        Assert.Equal(statuses, envelopes.StatusesOf(scenario));
    }

    [Fact]
    public async Task Write_StatusRun_OrdersMessagesAsTheReference()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var firstOfEach = envelopes.Kinds.Distinct().ToList();
        Assert.Equal(["meta", "source", "gherkinDocument", "pickle", "stepDefinition", "testRunStarted", "testCase",
            "testCaseStarted", "testStepStarted", "testStepFinished", "testCaseFinished", "suggestion", "attachment",
            "testRunFinished"], firstOfEach);
        var lastTestCase = envelopes.Kinds.ToList().LastIndexOf("testCase");
        Assert.True(lastTestCase < envelopes.Kinds.ToList().IndexOf("testCaseStarted"));
    }

    [Fact]
    public async Task Write_Meta_NamesProtocolImplementationAndRuntime()
    {
        var meta = (await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps))).Of("meta").Single();

        Assert.Matches(@"^\d+\.\d+\.\d+$", meta.GetProperty("protocolVersion").GetString());
        Assert.Equal("ConformanceHarness", meta.GetProperty("implementation").GetProperty("name").GetString());
        Assert.Equal(".NET", meta.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal(Environment.Version.ToString(), meta.GetProperty("runtime").GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(meta.GetProperty("os").GetProperty("name").GetString()));
        Assert.False(string.IsNullOrEmpty(meta.GetProperty("cpu").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Write_FailedAndErrorSteps_CarryMessageAndException()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var failed = envelopes.Of("testStepFinished").Select(f => f.GetProperty("testStepResult"))
            .Where(r => r.GetProperty("status").GetString() == "FAILED").ToList();
        Assert.Equal(2, failed.Count);
        Assert.Contains(failed, r => r.GetProperty("message").GetString() == StatusSteps.FailureMessage
            && r.GetProperty("exception").GetProperty("type").GetString() == "ConformanceHarness.Gherkin.Execution.ConformanceFailureException");
        var error = Assert.Single(failed, r => r.GetProperty("message").GetString() == StatusSteps.ErrorMessage);
        Assert.Equal("System.InvalidOperationException", error.GetProperty("exception").GetProperty("type").GetString());
        Assert.Contains("at ", error.GetProperty("exception").GetProperty("stackTrace").GetString());
    }

    [Fact]
    public async Task Write_UndefinedAndAmbiguousSteps_HaveNoMessageAsInTheReference()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var results = envelopes.Of("testStepFinished").Select(f => f.GetProperty("testStepResult"))
            .Where(r => r.GetProperty("status").GetString() is "UNDEFINED" or "AMBIGUOUS").ToList();
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.False(r.TryGetProperty("message", out _)));
    }

    [Fact]
    public void Dispose_LeaveOpen_KeepsTheStreamUsableAndMetaWritten()
    {
        var stream = new MemoryStream();

        new CucumberMessagesWriter(stream, leaveOpen: true).Dispose();

        Assert.True(stream.CanWrite);
        Assert.Equal(["meta"], Envelopes.Read(stream.ToArray()).Kinds);
    }
}
