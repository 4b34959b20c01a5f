using System.Text.Json.Nodes;

namespace ConformanceHarness.Evidence;

/// <summary>
/// One record to append to an <see cref="EvidenceLog"/>: what happened (<paramref name="Kind"/>, one of
/// <see cref="EvidenceKinds"/> or a protocol's own, e.g. <c>Dicom.DicomEvidenceKinds</c>), when (UTC), on which
/// connection or association, and its <paramref name="Payload"/>. The log adds the sequence number and the hash chain.
/// </summary>
/// <param name="Source">Which side recorded it (e.g. "scu", "scp"), so that ids of several peers in one log stay apart.</param>
public sealed record EvidenceEntry(string Kind, DateTimeOffset Time, string? ConnectionId, JsonObject Payload, string? Source = null);
