using System.Collections.Concurrent;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// The whole run, shared by every scenario (thread-safe, scenarios may run in parallel). Test-run
/// hooks attach through it; scenarios and their hooks attach through <see cref="ScenarioContext"/>.
/// </summary>
public sealed class TestRunContext(string runId, RunOptions options)
{
    private volatile Action<Attachment>? _attach;

    public string RunId { get; } = runId;

    public RunOptions Options { get; } = options;

    public ConcurrentDictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    public void Attach(string text, string mediaType, string? fileName = null) =>
        Publish(new Attachment(text, false, mediaType, fileName));

    public void Attach(byte[] content, string mediaType, string? fileName = null) =>
        Publish(new Attachment(Convert.ToBase64String(content), true, mediaType, fileName));

    public void Log(string text) => Publish(new Attachment(text, false, Attachment.LogMediaType, null));

    public void Link(string uri) => Publish(new Attachment(uri, false, Attachment.LinkMediaType, null));

    /// <summary>Set by the runner while a test-run hook runs (test-run hooks never run concurrently), null otherwise.</summary>
    internal void AttachTo(Action<Attachment>? sink) => _attach = sink;

    private void Publish(Attachment attachment)
    {
        var sink = _attach ?? throw new InvalidOperationException(
            "TestRunContext can attach only while a [BeforeTestRun] or [AfterTestRun] hook runs; in a scenario use ScenarioContext");
        sink(attachment);
    }
}
