using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Association;

/// <summary>A-ASSOCIATE-RJ result, source and reason in words, from the standard's terms (PS3.8 Table 9-21).</summary>
public static class AssociationRejection
{
    /// <summary>E.g. "called AE title not recognized (rejected-permanent, source: DICOM UL service-user)".</summary>
    public static string Describe(AAssociateRJ reject)
    {
        var reason = PduTerms.RejectReasons.TryGetValue(reject.Reason, out var term) ? term.Replace('-', ' ') : $"reason {(int)reject.Reason & 0xFF}";
        return $"{reason} ({PduTerms.NameOf(reject.Result, PduTerms.RejectResults)}, source: {PduTerms.NameOf(reject.Source, PduTerms.RejectSources)})";
    }
}
