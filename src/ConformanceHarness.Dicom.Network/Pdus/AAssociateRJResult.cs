namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The Result field of an A-ASSOCIATE-RJ.</summary>
/// <remarks>PS3.8 Table 9-21.</remarks>
public enum AAssociateRJResult : byte
{
    RejectedPermanent = 1,
    RejectedTransient = 2,
}
