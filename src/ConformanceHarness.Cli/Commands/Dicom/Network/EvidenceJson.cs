using System.Text.Json.Nodes;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// One <see cref="DicomNetworkEvent"/> as a flat JSON object: <c>time</c> (UTC, ISO 8601), <c>connection</c>,
/// <c>event</c> (the record's name) and the event's own fields in camelCase, UIDs as UIDs.
/// </summary>
public static class EvidenceJson
{
    public static JsonObject From(DicomNetworkEvent networkEvent)
    {
        var json = new JsonObject
        {
            ["time"] = networkEvent.Time.UtcDateTime.ToString("O"),
            ["connection"] = networkEvent.ConnectionId,
            ["event"] = networkEvent.GetType().Name,
        };
        foreach (var (name, value) in Fields(networkEvent)) json[name] = value;
        return json;
    }

    private static IEnumerable<(string, JsonNode?)> Fields(DicomNetworkEvent networkEvent) => networkEvent switch
    {
        ConnectionOpened opened => [("local", opened.Local?.ToString()), ("remote", opened.Remote?.ToString()), ("inbound", opened.Inbound), ("tls", opened.Tls)],
        ConnectionClosed closed => [("how", closed.How)],
        AssociationRequested requested => [("calledAeTitle", requested.Request.CalledAeTitle), ("callingAeTitle", requested.Request.CallingAeTitle),
            ("presentationContexts", Proposed(requested.Request))],
        AssociationAccepted accepted => [("calledAeTitle", accepted.Accept.CalledAeTitle), ("callingAeTitle", accepted.Accept.CallingAeTitle),
            ("presentationContexts", Negotiated(accepted.PresentationContexts))],
        AssociationRejected rejected => [("result", (int)rejected.Reject.Result), ("source", (int)rejected.Reject.Source), ("reason", rejected.Reason)],
        AssociationReleased released => [("byPeer", released.ByPeer)],
        AssociationAborted aborted => [("source", aborted.Source.ToString()), ("reason", aborted.Reason.ToString()), ("byPeer", aborted.ByPeer), ("detail", aborted.Detail)],
        DimseMessageExchanged message => Dimse(message),
        _ => [],
    };

    private static IEnumerable<(string, JsonNode?)> Dimse(DimseMessageExchanged message) =>
    [
        ("direction", message.Sent ? "sent" : "received"), ("presentationContextId", message.PresentationContextId), ("command", message.Command),
        ("messageId", message.MessageId), ("status", message.Status), ("statusName", message.StatusName),
        ("commandElements", new JsonObject(message.CommandElements.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value)))),
        ("datasetLength", message.DatasetLength), ("datasetSha256", message.DatasetSha256),
    ];

    private static JsonArray Proposed(AAssociateRQ request) => new([.. request.PresentationContexts.Select(context => (JsonNode)new JsonObject
    {
        ["id"] = context.Id,
        ["abstractSyntax"] = context.AbstractSyntax,
        ["transferSyntaxes"] = new JsonArray([.. context.TransferSyntaxes.Select(uid => (JsonNode)uid)]),
    })]);

    private static JsonArray Negotiated(IReadOnlyList<PresentationContext> contexts) => new([.. contexts.Select(context => (JsonNode)new JsonObject
    {
        ["id"] = context.Id,
        ["abstractSyntax"] = context.AbstractSyntax,
        ["result"] = PresentationContext.Describe(context.Result),
        ["transferSyntax"] = context.TransferSyntax?.Uid,
        ["scuRole"] = context.ScuRole,
        ["scpRole"] = context.ScpRole,
    })]);
}
