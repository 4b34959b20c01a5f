namespace ConformanceHarness.Cli;

/// <summary>The exit codes of <c>harness</c> (see architecture.md, "Exit codes of harness").</summary>
public static class ExitCodes
{
    /// <summary>Every selected scenario passed.</summary>
    public const int Success = 0;

    /// <summary>The system under test failed at least one scenario; for the <c>dicom</c> network verbs, the peer said no
    /// or misbehaved: it failed the TLS handshake, rejected or aborted the association, did not answer in time, or answered
    /// with a failure status; for <c>evidence verify</c>, the log's hash chain is broken or its closing record is missing.</summary>
    public const int ConformanceFailures = 1;

    /// <summary>Bad option, missing or unreadable file (including TLS certificates and evidence logs), binding error, nothing
    /// ran, the run was cancelled, or the peer could not be reached.</summary>
    public const int HarnessError = 2;
}
