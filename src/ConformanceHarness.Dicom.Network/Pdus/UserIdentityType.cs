namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>The User-Identity-Type field of a user identity negotiation sub-item (58H).</summary>
/// <remarks>PS3.8 Annex D.3.3.7, Table D.3-14.</remarks>
public enum UserIdentityType : byte
{
    Username = 1,
    UsernameAndPasscode = 2,
    KerberosServiceTicket = 3,
    SamlAssertion = 4,
    JsonWebToken = 5,
}
