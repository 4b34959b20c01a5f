using ConformanceHarness.Dicom.Network.Pdus;
using System.Net;
using System.Text.Json.Nodes;

using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Evidence.Dicom;

/// <summary>
/// Turns each <see cref="DicomNetworkEvent"/> into an evidence record with a stable JSON payload:
/// <list type="bullet">
/// <item>connection opened: <c>direction</c> (inbound/outbound), <c>local</c>, <c>remote</c>, <c>tls</c>; closed: <c>how</c>;</item>
/// <item>association requested/accepted/rejected: the A-ASSOCIATE-RQ/AC/RJ fields (<see cref="AssociationPduJson"/>);</item>
/// <item>released: <c>byPeer</c>; aborted: <c>source</c>, <c>reason</c> (code + PS3.8 name), <c>byPeer</c>, <c>detail</c>;</item>
/// <item>DIMSE sent/received: <c>presentationContextId</c>, <c>command</c> (e.g. C-STORE-RQ), <c>messageId</c> (the
/// Message ID Being Responded To for a response), <c>status</c> (<c>code</c> as 0xXXXX, <c>name</c>, <c>type</c>; null
/// for requests), <c>commandElements</c> by keyword, <c>dataset</c> (<c>length</c> and <c>sha256</c>; null when none).</item>
/// </list>
/// A data set is only ever recorded as its length and digest, never its content.
/// </summary>
public static class DicomEvidenceMapper
{
    public static EvidenceEntry ToEntry(DicomNetworkEvent networkEvent, string? source = null)
    {
        var (kind, payload) = networkEvent switch
        {
            ConnectionOpened opened => (DicomEvidenceKinds.ConnectionOpened, new JsonObject
            {
                ["direction"] = opened.Inbound ? "inbound" : "outbound",
                ["local"] = Address(opened.Local),
                ["remote"] = Address(opened.Remote),
                ["tls"] = opened.Tls,
            }),
            ConnectionClosed closed => (DicomEvidenceKinds.ConnectionClosed, new JsonObject { ["how"] = closed.How }),
            AssociationRequested requested => (DicomEvidenceKinds.AssociationRequested, AssociationPduJson.Request(requested.Request)),
            AssociationAccepted accepted => (DicomEvidenceKinds.AssociationAccepted, AssociationPduJson.Accept(accepted.Accept, accepted.PresentationContexts)),
            AssociationRejected rejected => (DicomEvidenceKinds.AssociationRejected, AssociationPduJson.Reject(rejected.Reject, rejected.Reason)),
            AssociationReleased released => (DicomEvidenceKinds.AssociationReleased, new JsonObject { ["byPeer"] = released.ByPeer }),
            AssociationAborted aborted => (DicomEvidenceKinds.AssociationAborted, Aborted(aborted)),
            DimseMessageExchanged dimse => (dimse.Sent ? DicomEvidenceKinds.DimseSent : DicomEvidenceKinds.DimseReceived, Dimse(dimse)),
            _ => (DicomEvidenceKinds.Unmapped, new JsonObject { ["type"] = networkEvent.GetType().Name }),
        };
        return new EvidenceEntry(kind, networkEvent.Time, networkEvent.ConnectionId, payload, source);
    }

    /// <summary>host:port, an IPv4 address as IPv4 even when the socket is dual-mode (::ffff:127.0.0.1).</summary>
    private static string? Address(EndPoint? endPoint) => endPoint is IPEndPoint { Address.IsIPv4MappedToIPv6: true } mapped
        ? new IPEndPoint(mapped.Address.MapToIPv4(), mapped.Port).ToString()
        : endPoint?.ToString();

    private static JsonObject Aborted(AssociationAborted aborted) => new()
    {
        ["pdu"] = "A-ABORT",
        ["source"] = DicomTerms.Coded(aborted.Source, (byte)aborted.Source, PduTerms.AbortSources),
        ["reason"] = DicomTerms.Coded(aborted.Reason, (byte)aborted.Reason, PduTerms.AbortReasons),
        ["byPeer"] = aborted.ByPeer,
        ["detail"] = aborted.Detail,
    };

    private static JsonObject Dimse(DimseMessageExchanged dimse) => new()
    {
        ["presentationContextId"] = dimse.PresentationContextId,
        ["command"] = dimse.Command,
        ["messageId"] = dimse.MessageId,
        ["status"] = dimse.Status is { } code ? new JsonObject
        {
            ["code"] = $"0x{code:X4}",
            ["name"] = dimse.StatusName,
            ["type"] = DicomStatus.Classify(code).ToString(),
        } : null,
        ["commandElements"] = new JsonObject([.. dimse.CommandElements.Select(element => KeyValuePair.Create(element.Key, (JsonNode?)element.Value))]),
        ["dataset"] = dimse.DatasetLength is { } length ? new JsonObject { ["length"] = length, ["sha256"] = dimse.DatasetSha256 } : null,
    };
}
