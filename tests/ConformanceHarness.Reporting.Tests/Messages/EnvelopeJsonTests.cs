using System.Text;
using ConformanceHarness.Reporting.Messages;
using ConformanceHarness.Reporting.Tests.Support;
using Cucumber.Messages;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Reporting.Tests.Messages;

public sealed class EnvelopeJsonTests
{
    [Fact]
    public async Task Deserialize_WholeRunThroughNdjsonMessageReader_ReadsEveryEnvelopeBackUnchanged()
    {
        var bytes = await NdjsonRun.RunBytesAsync([("test.feature", StatusFeature.Text)], typeof(StatusSteps), typeof(HookBindings));
        var lines = Encoding.UTF8.GetString(bytes).TrimEnd('\n').Split('\n');

        using var reader = new NdjsonMessageReader(new MemoryStream(bytes), EnvelopeJson.Deserialize);
        var envelopes = reader.ToList();

        Assert.Equal(lines.Length, envelopes.Count);
        Assert.Equal(lines, envelopes.Select(EnvelopeJson.Serialize));
        Assert.Contains(envelopes, e => e.TestStepFinished?.TestStepResult.Status == TestStepResultStatus.AMBIGUOUS);
        Assert.Contains(envelopes, e => e.Attachment?.ContentEncoding == AttachmentContentEncoding.BASE64);
        Assert.Contains(envelopes, e => e.Hook?.Type == HookType.BEFORE_TEST_STEP);
    }

    [Fact]
    public void Serialize_Enums_UseTheProtocolStrings()
    {
        var source = EnvelopeJson.Serialize(Envelope.Create(new Source("a.feature", "Feature: a", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)));
        var step = EnvelopeJson.Serialize(Envelope.Create(new Pickle("1", "a.feature", null, "s", "en",
            [new PickleStep(null, ["2"], "3", PickleStepType.CONTEXT, "text")], [], ["4"])));

        Assert.Equal("""{"source":{"uri":"a.feature","data":"Feature: a","mediaType":"text/x.cucumber.gherkin+plain"}}""", source);
        Assert.Contains("\"type\":\"Context\"", step);
    }

    [Fact]
    public void Serialize_HookTestStep_OmitsNullsButKeepsEmptyLists()
    {
        var hookStep = new TestStep("7", "8", null, null, null);
        var undefinedStep = new TestStep(null, "9", "10", [], []);

        Assert.Equal("""{"testCase":{"id":"1","pickleId":"2","testSteps":[{"hookId":"7","id":"8"}],"testRunStartedId":"3"}}""",
            EnvelopeJson.Serialize(Envelope.Create(new TestCase("1", "2", [hookStep], "3"))));
        Assert.Contains("""{"id":"9","pickleStepId":"10","stepDefinitionIds":[],"stepMatchArgumentsLists":[]}""",
            EnvelopeJson.Serialize(Envelope.Create(new TestCase("1", "2", [undefinedStep], "3"))));
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_Throws()
    {
        const string line = """{"testRunHookFinished":{"testRunHookStartedId":"1","result":{"duration":{"seconds":0,"nanos":0},"status":"EXPLODED"},"timestamp":{"seconds":0,"nanos":0}}}""";

        Assert.Throws<System.Text.Json.JsonException>(() => EnvelopeJson.Deserialize(line));
    }
}
