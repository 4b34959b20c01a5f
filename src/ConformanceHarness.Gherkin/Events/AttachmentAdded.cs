using ConformanceHarness.Gherkin.Execution;

namespace ConformanceHarness.Gherkin.Events;

/// <summary>A step, hook or test-run hook attached content (text, bytes as base64, a link).</summary>
public sealed record AttachmentAdded(Attachment Attachment) : RunEvent;
