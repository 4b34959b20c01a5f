using ConformanceHarness.Gherkin.Parsing;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// The running scenario, injectable into bindings: its name and tags, a bag of values shared by
/// its steps, attachments, and the cancellation token of its time-out.
/// </summary>
public sealed class ScenarioContext(TestCasePlan testCase, FeatureContext feature, Action<Attachment> attach,
    CancellationToken cancellation)
{
    private readonly Dictionary<string, object?> _items = new(StringComparer.Ordinal);

    public TestCasePlan TestCase { get; } = testCase;

    public FeatureContext Feature { get; } = feature;

    public string Title => TestCase.Name;

    public IReadOnlyList<string> Tags => TestCase.Tags;

    public CancellationToken CancellationToken { get; } = cancellation;

    /// <summary>Which attempt at the scenario this is, from 0; above 0 only when <see cref="RunOptions.Retry"/> retried it.</summary>
    public int Attempt { get; internal init; }

    /// <summary>The step now running (null inside scenario hooks).</summary>
    public PlannedStep? CurrentStep { get; internal set; }

    /// <summary>The worst outcome so far; After hooks read it.</summary>
    public Outcome Outcome { get; internal set; } = Outcome.Passed;

    public object? this[string key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    public bool TryGetValue<T>(string key, out T? value)
    {
        var found = _items.TryGetValue(key, out var raw) && raw is T;
        value = found ? (T)raw! : default;
        return found;
    }

    public void Attach(string text, string mediaType, string? fileName = null) =>
        attach(new Attachment(text, false, mediaType, fileName));

    public void Attach(byte[] content, string mediaType, string? fileName = null) =>
        attach(new Attachment(Convert.ToBase64String(content), true, mediaType, fileName));

    public void Log(string text) => attach(new Attachment(text, false, Attachment.LogMediaType, null));

    public void Link(string uri) => attach(new Attachment(uri, false, Attachment.LinkMediaType, null));

    /// <summary>Links the running step to recorded evidence (see <see cref="EvidenceLink"/>).</summary>
    public void LinkEvidence(EvidenceLink link) => attach(link.ToAttachment());

    public FeatureSource FeatureSource => TestCase.Feature;
}
