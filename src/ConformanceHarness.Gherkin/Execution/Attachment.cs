namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// Content attached while a step, scenario hook or test-run hook ran. Binary content is carried
/// base64-encoded (<see cref="IsBase64"/>); a link is text with media type <c>text/uri-list</c>.
/// </summary>
public sealed record Attachment(string Body, bool IsBase64, string MediaType, string? FileName)
{
    public const string LogMediaType = "text/x.cucumber.log+plain";
    public const string LinkMediaType = "text/uri-list";

    public string? TestCaseStartedId { get; init; }

    public string? TestStepId { get; init; }

    public string? TestRunHookStartedId { get; init; }

    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UtcNow;
}
