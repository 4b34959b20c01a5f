using System.Text.Json.Nodes;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Evidence.Dicom;

/// <summary>The A-ASSOCIATE PDUs as evidence JSON, named after their PS3.8 fields (Tables 9-11 … 9-21).</summary>
internal static class AssociationPduJson
{
    public static JsonObject Request(AAssociateRQ request) => new()
    {
        ["pdu"] = "A-ASSOCIATE-RQ",
        ["protocolVersion"] = request.ProtocolVersion,
        ["calledAeTitle"] = request.CalledAeTitle,
        ["callingAeTitle"] = request.CallingAeTitle,
        ["applicationContextName"] = DicomTerms.Uid(request.ApplicationContextName),
        ["presentationContexts"] = new JsonArray([.. request.PresentationContexts.Select(context => new JsonObject
        {
            ["id"] = context.Id,
            ["abstractSyntax"] = DicomTerms.Uid(context.AbstractSyntax),
            ["transferSyntaxes"] = new JsonArray([.. context.TransferSyntaxes.Select(uid => (JsonNode)DicomTerms.Uid(uid))]),
        })]),
        ["userInformation"] = UserInformationJson.Of(request.UserInformation),
    };

    /// <summary>The A-ASSOCIATE-AC with each presentation context as negotiated: the abstract syntax proposed for its id
    /// (the AC itself carries only the id), the result and the transfer syntax accepted (null when not accepted).</summary>
    public static JsonObject Accept(AAssociateAC accept, IReadOnlyList<PresentationContext> contexts) => new()
    {
        ["pdu"] = "A-ASSOCIATE-AC",
        ["protocolVersion"] = accept.ProtocolVersion,
        ["calledAeTitle"] = accept.CalledAeTitle,
        ["callingAeTitle"] = accept.CallingAeTitle,
        ["applicationContextName"] = DicomTerms.Uid(accept.ApplicationContextName),
        ["presentationContexts"] = new JsonArray([.. contexts.Select(context => new JsonObject
        {
            ["id"] = context.Id,
            ["abstractSyntax"] = DicomTerms.Uid(context.AbstractSyntax),
            ["result"] = DicomTerms.Coded(context.Result, (byte)context.Result, PduTerms.PresentationContextResults),
            ["transferSyntax"] = context is { IsAccepted: true, TransferSyntax: { } syntax } ? DicomTerms.Uid(syntax) : null,
            ["scuRole"] = context.ScuRole,
            ["scpRole"] = context.ScpRole,
        })]),
        ["userInformation"] = UserInformationJson.Of(accept.UserInformation),
    };

    public static JsonObject Reject(AAssociateRJ reject, string description) => new()
    {
        ["pdu"] = "A-ASSOCIATE-RJ",
        ["result"] = DicomTerms.Coded(reject.Result, (byte)reject.Result, PduTerms.RejectResults),
        ["source"] = DicomTerms.Coded(reject.Source, (byte)reject.Source, PduTerms.RejectSources),
        ["reason"] = DicomTerms.Coded(reject.Reason, (int)reject.Reason & 0xFF, PduTerms.RejectReasons),
        ["description"] = description,
    };
}
