using System.CommandLine;
using System.Net;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Cli.Commands.Dicom.Listen;

/// <summary>Where and as whom <c>harness dicom listen</c> listens (over TLS when <paramref name="Tls"/> is set), where it
/// writes, and when it stops.</summary>
public sealed record ListenSettings(IPAddress Address, int Port, string AeTitle, string Folder, int? ExitAfter,
    TimeSpan Timeout, uint MaximumPduLength, string? EvidencePath, DicomTlsOptions? Tls)
{
    /// <summary>How long associations still open at Ctrl+C may take to finish before they are aborted.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    public static ListenSettings From(ParseResult parseResult)
    {
        var timeout = TimeSpan.FromSeconds(parseResult.GetValue(NetworkOptions.TimeoutOption));
        return new ListenSettings(
            ListenCommandDefinition.Address(parseResult.GetValue(ListenCommandDefinition.BindOption)!),
            parseResult.GetValue(ListenCommandDefinition.PortOption),
            parseResult.GetValue(ListenCommandDefinition.AeTitleOption)!,
            parseResult.GetValue(ListenCommandDefinition.OutOption)!,
            parseResult.GetValue(ListenCommandDefinition.ExitAfterOption),
            timeout,
            (uint)parseResult.GetValue(NetworkOptions.MaxPduOption),
            parseResult.GetValue(NetworkOptions.EvidenceOption),
            TlsSettings.Read(parseResult, DicomTlsRole.Server, timeout));
    }
}
