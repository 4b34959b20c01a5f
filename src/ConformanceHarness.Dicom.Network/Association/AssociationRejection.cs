using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>A-ASSOCIATE-RJ result, source and reason in words (PS3.8 Table 9-21).</summary>
public static class AssociationRejection
{
    private static readonly Dictionary<AAssociateRJReason, string> Reasons = new()
    {
        [AAssociateRJReason.ServiceUserNoReasonGiven] = "no reason given",
        [AAssociateRJReason.ServiceUserApplicationContextNameNotSupported] = "application context name not supported",
        [AAssociateRJReason.ServiceUserCallingAeTitleNotRecognized] = "calling AE title not recognised",
        [AAssociateRJReason.ServiceUserCalledAeTitleNotRecognized] = "called AE title not recognised",
        [AAssociateRJReason.ServiceProviderAcseNoReasonGiven] = "no reason given",
        [AAssociateRJReason.ServiceProviderAcseProtocolVersionNotSupported] = "protocol version not supported",
        [AAssociateRJReason.ServiceProviderPresentationTemporaryCongestion] = "temporary congestion",
        [AAssociateRJReason.ServiceProviderPresentationLocalLimitExceeded] = "local limit exceeded",
    };

    /// <summary>E.g. "called AE title not recognised (rejected-permanent, source: service-user)".</summary>
    public static string Describe(AAssociateRJ reject)
    {
        var reason = Reasons.TryGetValue(reject.Reason, out var text) ? text : $"reason {(int)reject.Reason & 0xFF}";
        var result = reject.Result == AAssociateRJResult.RejectedPermanent ? "rejected-permanent" : reject.Result == AAssociateRJResult.RejectedTransient ? "rejected-transient" : $"result {(byte)reject.Result}";
        var source = reject.Source switch
        {
            AAssociateRJSource.ServiceUser => "service-user",
            AAssociateRJSource.ServiceProviderAcse => "service-provider (ACSE)",
            AAssociateRJSource.ServiceProviderPresentation => "service-provider (presentation)",
            _ => $"source {(byte)reject.Source}",
        };
        return $"{reason} ({result}, source: {source})";
    }
}
