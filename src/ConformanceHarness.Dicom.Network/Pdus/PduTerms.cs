namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The standard's wording for the coded fields of PDUs (PS3.8 Tables 9-18, 9-21, 9-26, D.3-14), as data: used
/// for messages in words and for evidence.</summary>
public static class PduTerms
{
    /// <summary>PS3.8 Table 9-18, Result/Reason of a presentation context.</summary>
    public static readonly IReadOnlyDictionary<PresentationContextResultReason, string> PresentationContextResults = new Dictionary<PresentationContextResultReason, string>
    {
        [PresentationContextResultReason.Acceptance] = "acceptance",
        [PresentationContextResultReason.UserRejection] = "user-rejection",
        [PresentationContextResultReason.NoReason] = "no-reason (provider rejection)",
        [PresentationContextResultReason.AbstractSyntaxNotSupported] = "abstract-syntax-not-supported (provider rejection)",
        [PresentationContextResultReason.TransferSyntaxesNotSupported] = "transfer-syntaxes-not-supported (provider rejection)",
    };

    /// <summary>PS3.8 Table 9-21, A-ASSOCIATE-RJ Result.</summary>
    public static readonly IReadOnlyDictionary<AAssociateRJResult, string> RejectResults = new Dictionary<AAssociateRJResult, string>
    {
        [AAssociateRJResult.RejectedPermanent] = "rejected-permanent",
        [AAssociateRJResult.RejectedTransient] = "rejected-transient",
    };

    /// <summary>PS3.8 Table 9-21, A-ASSOCIATE-RJ Source.</summary>
    public static readonly IReadOnlyDictionary<AAssociateRJSource, string> RejectSources = new Dictionary<AAssociateRJSource, string>
    {
        [AAssociateRJSource.ServiceUser] = "DICOM UL service-user",
        [AAssociateRJSource.ServiceProviderAcse] = "DICOM UL service-provider (ACSE related function)",
        [AAssociateRJSource.ServiceProviderPresentation] = "DICOM UL service-provider (Presentation related function)",
    };

    /// <summary>PS3.8 Table 9-21, A-ASSOCIATE-RJ Reason/Diag. per source.</summary>
    public static readonly IReadOnlyDictionary<AAssociateRJReason, string> RejectReasons = new Dictionary<AAssociateRJReason, string>
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
    public static readonly IReadOnlyDictionary<AAbortSource, string> AbortSources = new Dictionary<AAbortSource, string>
    {
        [AAbortSource.ServiceUser] = "DICOM UL service-user (initiated abort)",
        [AAbortSource.Reserved] = "reserved",
        [AAbortSource.ServiceProvider] = "DICOM UL service-provider (initiated abort)",
    };

    /// <summary>PS3.8 Table 9-26, A-ABORT Reason/Diag.</summary>
    public static readonly IReadOnlyDictionary<AAbortReason, string> AbortReasons = new Dictionary<AAbortReason, string>
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
    public static readonly IReadOnlyDictionary<UserIdentityType, string> UserIdentityTypes = new Dictionary<UserIdentityType, string>
    {
        [UserIdentityType.Username] = "Username as a string in UTF-8",
        [UserIdentityType.UsernameAndPasscode] = "Username as a string in UTF-8 and passcode",
        [UserIdentityType.KerberosServiceTicket] = "Kerberos Service ticket",
        [UserIdentityType.SamlAssertion] = "SAML Assertion",
        [UserIdentityType.JsonWebToken] = "JSON Web Token (JWT)",
    };

    /// <summary>The term for <paramref name="value"/>, or "code N" when the standard names none.</summary>
    public static string NameOf<T>(T value, IReadOnlyDictionary<T, string> names) where T : struct, Enum =>
        names.TryGetValue(value, out var name) ? name : $"code {Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)}";
}
