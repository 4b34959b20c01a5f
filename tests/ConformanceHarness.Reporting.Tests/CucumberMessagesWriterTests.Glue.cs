using System.Text.Json;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests;

// The writer's glue, hook, attachment and parse-error messages, from real runs.
public sealed partial class CucumberMessagesWriterTests
{
    [Fact]
    public async Task Write_Hooks_DescribesEachKindExceptFeatureHooks()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps), typeof(HookBindings));

        var hooks = envelopes.Of("hook");
        Assert.Equal(["BEFORE_TEST_RUN", "AFTER_TEST_RUN", "BEFORE_TEST_CASE", "AFTER_TEST_CASE", "BEFORE_TEST_STEP"],
            hooks.Select(h => h.GetProperty("type").GetString()));
        Assert.Equal("open the session", hooks[2].GetProperty("name").GetString());
        Assert.Equal("@tagged", hooks[3].GetProperty("tagExpression").GetString());
        Assert.All(hooks, h => Assert.Equal(typeof(HookBindings).FullName, h.GetProperty("sourceReference").GetProperty("uri").GetString()));
    }

    [Fact]
    public async Task Write_TestRunHooks_StartAndFinishAroundTheTestCases()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps), typeof(HookBindings));

        var kinds = envelopes.Kinds.ToList();
        Assert.Equal(2, envelopes.Of("testRunHookStarted").Count);
        Assert.Equal(2, envelopes.Of("testRunHookFinished").Count);
        Assert.True(kinds.IndexOf("testRunHookFinished") < kinds.IndexOf("testCase"));
        Assert.True(kinds.LastIndexOf("testRunHookStarted") > kinds.LastIndexOf("testCaseFinished"));
    }

    [Fact]
    public async Task Write_ScenarioHooks_BecomeHookStepsOfTheTestCase()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps), typeof(HookBindings));

        var beforeId = envelopes.Of("hook").Single(h => h.GetProperty("type").GetString() == "BEFORE_TEST_CASE").GetProperty("id").GetString();
        Assert.All(envelopes.Of("testCase"), testCase =>
            Assert.Equal(beforeId, testCase.GetProperty("testSteps")[0].GetProperty("hookId").GetString()));
        var tagged = envelopes.Of("testCase").Count(c => c.GetProperty("testSteps").EnumerateArray().Last().TryGetProperty("hookId", out _));
        Assert.Equal(1, tagged);
    }

    [Fact]
    public async Task Write_AmbiguousStep_ListsEveryCandidateWithItsArguments()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var step = StepOf(envelopes, "an ambiguous step");
        Assert.Equal(2, step.GetProperty("stepDefinitionIds").GetArrayLength());
        var lists = step.GetProperty("stepMatchArgumentsLists");
        Assert.Equal("""{"start":13,"value":"step"}""", lists[0].GetProperty("stepMatchArguments")[0].GetProperty("group").GetRawText());
        Assert.Equal("""{"start":0,"value":"an"}""", lists[1].GetProperty("stepMatchArguments")[0].GetProperty("group").GetRawText());
    }

    [Fact]
    public async Task Write_UndefinedStep_HasNoDefinitionsAndACsharpSuggestion()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var step = StepOf(envelopes, "a step nobody wrote");
        Assert.Equal(0, step.GetProperty("stepDefinitionIds").GetArrayLength());
        Assert.Equal(0, step.GetProperty("stepMatchArgumentsLists").GetArrayLength());
        var suggestion = Assert.Single(envelopes.Of("suggestion"));
        Assert.Equal(step.GetProperty("pickleStepId").GetString(), suggestion.GetProperty("pickleStepId").GetString());
        var snippet = Assert.Single(suggestion.GetProperty("snippets").EnumerateArray());
        Assert.Equal("csharp", snippet.GetProperty("language").GetString());
        Assert.Contains("[Given(\"a step nobody wrote\")]", snippet.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Write_OptionalRegexGroupNotMatched_IsAnEmptyGroup()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var arguments = StepOf(envelopes, "a regex with 5").GetProperty("stepMatchArgumentsLists")[0].GetProperty("stepMatchArguments");
        Assert.Equal("""[{"group":{"start":13,"value":"5"}},{"group":{}}]""", arguments.GetRawText());
    }

    [Fact]
    public async Task Write_Attachments_CarryEncodingMediaTypeAndTheirStep()
    {
        var envelopes = await NdjsonRun.RunAsync(StatusFeature.Text, typeof(StatusSteps));

        var attachments = envelopes.Of("attachment");
        Assert.Equal(3, attachments.Count);
        Assert.Equal(("hello", "IDENTITY", "text/plain"), Describe(attachments[0]));
        Assert.Equal("note.txt", attachments[0].GetProperty("fileName").GetString());
        Assert.Equal(("Ynl0ZXM=", "BASE64", "application/octet-stream"), Describe(attachments[1]));
        Assert.Equal(("logged line", "IDENTITY", "text/x.cucumber.log+plain"), Describe(attachments[2]));
        Assert.Equal(StepOf(envelopes, "some bytes are attached").GetProperty("id").GetString(),
            attachments[1].GetProperty("testStepId").GetString());
    }

    [Fact]
    public async Task Write_FileWithSyntaxError_EmitsSourceAndLocatedParseError()
    {
        var bytes = await NdjsonRun.RunBytesAsync(
            [("broken.feature", "Feature: Broken\n  Scenario: a\n    Given a passing step\n  nonsense here\n"),
             ("good.feature", "Feature: Good\n  Scenario: b\n    Given a passing step\n")], typeof(StatusSteps));

        var envelopes = Envelopes.Read(bytes);
        var error = Assert.Single(envelopes.Of("parseError"));
        Assert.Equal("broken.feature", error.GetProperty("source").GetProperty("uri").GetString());
        Assert.Equal(4, error.GetProperty("source").GetProperty("location").GetProperty("line").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal(["broken.feature", "good.feature"], envelopes.Of("source").Select(s => s.GetProperty("uri").GetString()));
        Assert.Single(envelopes.Of("gherkinDocument"));
        Assert.False(envelopes.Of("testRunFinished").Single().GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Write_AllPassingRun_FinishesWithSuccess()
    {
        var envelopes = await NdjsonRun.RunAsync("Feature: F\n  Scenario: s\n    Given a passing step\n", typeof(StatusSteps));

        Assert.True(envelopes.Of("testRunFinished").Single().GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Write_OnlySkippedScenarios_FinishesWithSuccess()
    {
        var envelopes = await NdjsonRun.RunAsync("Feature: F\n  Scenario: s\n    Then a skipping step\n", typeof(StatusSteps));

        Assert.True(envelopes.Of("testRunFinished").Single().GetProperty("success").GetBoolean());
    }

    private static JsonElement StepOf(Envelopes envelopes, string text)
    {
        var pickleStepId = envelopes.Of("pickle").SelectMany(p => p.GetProperty("steps").EnumerateArray())
            .First(s => s.GetProperty("text").GetString() == text).GetProperty("id").GetString();
        return envelopes.Of("testCase").SelectMany(c => c.GetProperty("testSteps").EnumerateArray())
            .Single(s => s.TryGetProperty("pickleStepId", out var id) && id.GetString() == pickleStepId);
    }

    private static (string?, string?, string?) Describe(JsonElement attachment) =>
        (attachment.GetProperty("body").GetString(), attachment.GetProperty("contentEncoding").GetString(),
            attachment.GetProperty("mediaType").GetString());
}
