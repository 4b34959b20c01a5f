namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>Words the TLS library uses for one kind of failure, and how to explain it for the options in use.</summary>
/// <param name="Text">A fragment of the error text of .NET or OpenSSL (e.g. "no shared cipher"), matched ignoring case.</param>
/// <param name="Failure">The kind of failure it means.</param>
/// <param name="Explain">The reason in words, for the options and what the peer sent.</param>
internal sealed record HandshakeFailureSignature(string Text, DicomTlsFailure Failure, Func<DicomTlsOptions, FirstBytesStream, string> Explain);
