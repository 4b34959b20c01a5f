using System.Text;
using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>
/// The step-by-step log of one test case for <c>&lt;system-out&gt;</c>: one line per step or hook
/// ("Given the server is up ... passed"), its message indented below, and its attachments by media type.
/// </summary>
public sealed class StepLog
{
    private readonly StringBuilder _text = new();
    private readonly List<Attachment> _pending = [];

    public void Attach(Attachment attachment) => _pending.Add(attachment);

    public void Add(PlannedStep step, StepResult result)
    {
        var name = step.Hook is null ? step.Keyword + step.Text : $"[{step.Hook.Kind}] {step.Text}";
        _text.Append(name).Append(" ... ").Append(result.Outcome.ToString().ToLowerInvariant()).Append('\n');
        if (result.Outcome != Outcome.Passed && !string.IsNullOrEmpty(result.Message))
            AppendIndented(result.Message);
        foreach (var attachment in _pending.Where(a => a.TestStepId == step.Id || a.TestStepId is null))
            _text.Append("    attachment: ").Append(attachment.MediaType)
                .Append(attachment.FileName is null ? "" : $" ({attachment.FileName})").Append('\n');
        _pending.RemoveAll(a => a.TestStepId == step.Id || a.TestStepId is null);
    }

    /// <summary>Starts the log of a retry (attempt from 0); the first retry puts the first attempt under a heading too.</summary>
    public void StartAttempt(int attempt)
    {
        if (attempt == 1) _text.Insert(0, Heading(0));
        _text.Append(Heading(attempt));
    }

    public override string ToString() => _text.ToString();

    private static string Heading(int attempt) => $"--- attempt {attempt + 1} ---\n";

    private void AppendIndented(string message)
    {
        foreach (var line in message.ReplaceLineEndings("\n").Split('\n'))
            _text.Append("    ").Append(line).Append('\n');
    }
}
