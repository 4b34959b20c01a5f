using System.Text;
using System.Text.Json;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>The NDJSON lines of a run, each parsed as JSON, with lookups by message kind.</summary>
internal sealed class Envelopes(IReadOnlyList<string> lines)
{
    public IReadOnlyList<string> Lines { get; } = lines;

    public IReadOnlyList<JsonElement> All { get; } = lines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    public IReadOnlyList<string> Kinds => All.Select(KindOf).ToList();

    public static Envelopes Read(byte[] ndjson)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(ndjson);
        Assert.EndsWith("\n", text);
        return new Envelopes(text[..^1].Split('\n'));
    }

    public static string KindOf(JsonElement envelope) => envelope.EnumerateObject().Single().Name;

    public IReadOnlyList<JsonElement> Of(string kind) =>
        All.Where(envelope => KindOf(envelope) == kind).Select(envelope => envelope.GetProperty(kind)).ToList();

    /// <summary>testStepFinished statuses of the test case whose pickle has this name, in step order.</summary>
    public IReadOnlyList<string> StatusesOf(string scenarioName)
    {
        var pickleId = Of("pickle").Single(p => p.GetProperty("name").GetString() == scenarioName).GetProperty("id").GetString();
        var testCaseId = Of("testCase").Single(t => t.GetProperty("pickleId").GetString() == pickleId).GetProperty("id").GetString();
        var startedId = Of("testCaseStarted").Single(s => s.GetProperty("testCaseId").GetString() == testCaseId).GetProperty("id").GetString();
        return Of("testStepFinished").Where(f => f.GetProperty("testCaseStartedId").GetString() == startedId)
            .Select(f => f.GetProperty("testStepResult").GetProperty("status").GetString()!).ToList();
    }
}
