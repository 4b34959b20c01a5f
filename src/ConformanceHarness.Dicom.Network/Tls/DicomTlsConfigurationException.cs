namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>TLS settings that cannot be used: a certificate, key or trust file that is missing or wrong, or options that
/// contradict the profile. The message names the file and what is wrong with it.</summary>
public sealed class DicomTlsConfigurationException(string message, string? filePath = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The file the problem is in, or null when it is not about a file.</summary>
    public string? FilePath { get; } = filePath;
}
