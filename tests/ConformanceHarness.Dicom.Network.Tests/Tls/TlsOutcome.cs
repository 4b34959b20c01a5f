using System.Net.Security;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>One end's handshake: the authenticated stream, or the failure.</summary>
internal sealed record TlsOutcome(SslStream? Stream, DicomTlsException? Error)
{
    public SslStream AuthenticatedStream => Stream ?? throw new Xunit.Sdk.XunitException($"expected a completed handshake, but received: {Error?.Message}");

    public DicomTlsSession Session => DicomTlsSession.From(AuthenticatedStream);

    public DicomTlsException Failure => Error ?? throw new Xunit.Sdk.XunitException($"expected the handshake to fail, but it negotiated {Session}");
}
