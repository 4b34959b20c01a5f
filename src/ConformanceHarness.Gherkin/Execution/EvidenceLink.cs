using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>
/// A pointer from the running step to recorded evidence (an HTTP exchange, a DICOM association, a
/// stored file), published as an attachment of media type <see cref="MediaType"/> so every writer
/// and every Cucumber tool carries it without knowing what evidence is.
/// </summary>
public sealed record EvidenceLink(string Kind, string Id, string Description)
{
    public const string MediaType = "application/vnd.conformance-harness.evidence-link+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Attachment ToAttachment() => new(JsonSerializer.Serialize(this, Json), false, MediaType, null);

    public static bool TryRead(Attachment attachment, [NotNullWhen(true)] out EvidenceLink? link)
    {
        link = null;
        if (attachment.MediaType != MediaType || attachment.IsBase64) return false;
        try
        {
            link = JsonSerializer.Deserialize<EvidenceLink>(attachment.Body, Json);
        }
        catch (JsonException)
        {
            return false;
        }
        return link is not null;
    }
}
