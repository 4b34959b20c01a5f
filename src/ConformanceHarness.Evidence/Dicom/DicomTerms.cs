using System.Text.Json.Nodes;

using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Evidence.Dicom;

/// <summary>The standard's wording for coded PDU fields, as data, and the JSON shapes of codes and UIDs:
/// <c>{"code":…,"name":…}</c> and <c>{"uid":…,"name":…}</c> (name null when not registered).</summary>
internal static class DicomTerms
{
    /// <summary>PS3.8 Table 9-18, Result/Reason of a presentation context.</summary>
    public static readonly Dictionary<PresentationContextResultReason, string> PresentationContextResults = new()
    {
        [PresentationContextResultReason.Acceptance] = "acceptance",
        [PresentationContextResultReason.UserRejection] = "user-rejection",
        [PresentationContextResultReason.NoReason] = "no-reason (provider rejection)",
        [PresentationContextResultReason.AbstractSyntaxNotSupported] = "abstract-syntax-not-supported (provider rejection)",
        [PresentationContextResultReason.TransferSyntaxesNotSupported] = "transfer-syntaxes-not-supported (provider rejection)",
    };

    /// <summary>PS3.8 Table 9-21, A-ASSOCIATE-RJ Result.</summary>
    public static readonly Dictionary<AAssociateRJResult, string> RejectResults = new()
    {
        [AAssociateRJResult.RejectedPermanent] = "rejected-permanent",
        [AAssociateRJResult.RejectedTransient] = "rejected-transient",
    };

    /// <summary>PS3.8 Table 9-21, A-ASSOCIATE-RJ Source.</summary>
    public static readonly Dictionary<AAssociateRJSource, string> RejectSources = new()
    {
        [AAssociateRJSource.ServiceUser] = "DICOM UL service-user",
        [AAssociateRJSource.ServiceProviderAcse] = "DICOM UL service-provider (ACSE related function)",
        [AAssociateRJSource.ServiceProviderPresentation] = "DICOM UL service-provider (Presentation related function)",
    };

    /// <summary>PS3.8 Table 9-21, A-ASSOCIATE-RJ Reason/Diag. per source.</summary>
    public static readonly Dictionary<AAssociateRJReason, string> RejectReasons = new()
    {
        [AAssociateRJReason.ServiceUserNoReasonGiven] = "no-reason-given",
        [AAssociateRJReason.ServiceUserApplicationContextNameNotSupported] = "application-context-name-not-supported",
        [AAssociateRJReason.ServiceUserCallingAeTitleNotRecognized] = "calling-AE-title-not-recognized",
        [AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized] = "called-AE-title-not-recognized",
        [AAssociateRJReason.ServiceProviderAcseNoReasonGiven] = "no-reason-given",
        [AAssociateRJReason.ServiceProviderAcseProtocolVersionNotSupported] = "protocol-version-not-supported",
        [AAssociateRJReason.ServiceProviderPresentationTemporaryCongestion] = "temporary-congestion",
        [AAssociateRJReason.ServiceProviderPresentationLocalLimitExceeded] = "local-limit-exceeded",
    };

    /// <summary>PS3.8 Table 9-26, A-ABORT Source.</summary>
    public static readonly Dictionary<AAbortSource, string> AbortSources = new()
    {
        [AAbortSource.ServiceUser] = "DICOM UL service-user (initiated abort)",
        [AAbortSource.Reserved] = "reserved",
        [AAbortSource.ServiceProvider] = "DICOM UL service-provider (initiated abort)",
    };

    /// <summary>PS3.8 Table 9-26, A-ABORT Reason/Diag.</summary>
    public static readonly Dictionary<AAbortReason, string> AbortReasons = new()
    {
        [AAbortReason.ReasonNotSpecified] = "reason-not-specified",
        [AAbortReason.UnrecognizedPdu] = "unrecognized-PDU",
        [AAbortReason.UnexpectedPdu] = "unexpected-PDU",
        [AAbortReason.Reserved] = "reserved",
        [AAbortReason.UnrecognizedPduParameter] = "unrecognized-PDU parameter",
        [AAbortReason.UnexpectedPduParameter] = "unexpected-PDU parameter",
        [AAbortReason.InvalidPduParameterValue] = "invalid-PDU-parameter value",
    };

    /// <summary>PS3.8 Table D.3-14, User-Identity-Type.</summary>
    public static readonly Dictionary<UserIdentityType, string> UserIdentityTypes = new()
    {
        [UserIdentityType.Username] = "Username as a string in UTF-8",
        [UserIdentityType.UsernameAndPasscode] = "Username as a string in UTF-8 and passcode",
        [UserIdentityType.KerberosServiceTicket] = "Kerberos Service ticket",
        [UserIdentityType.SamlAssertion] = "SAML Assertion",
        [UserIdentityType.JsonWebToken] = "JSON Web Token (JWT)",
    };

    public static JsonObject Coded<T>(T value, int code, Dictionary<T, string> names) where T : notnull =>
        new() { ["code"] = code, ["name"] = names.GetValueOrDefault(value) ?? $"unknown ({code})" };

    public static JsonObject Uid(string uid) => new() { ["uid"] = uid, ["name"] = DicomUids.Lookup(uid)?.Name };

    public static JsonObject Uid(TransferSyntax syntax) => new() { ["uid"] = syntax.Uid, ["name"] = syntax.Name };
}
