using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Evidence;
using ConformanceHarness.Evidence.Dicom;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// <c>--evidence FILE</c>: a hash-chained <see cref="EvidenceLog"/> of every event of the command's
/// <see cref="DicomNetworkEvents"/> hub (<see cref="DicomEvidenceRecorder"/>). <see cref="CompleteAsync"/> writes the
/// closing record when the command ends; disposing does the same on the way out of a failure or Ctrl+C, so the log is
/// closed however the command ended. An existing file is refused: evidence is never overwritten or appended to.
/// </summary>
public sealed class NetworkEvidence : IAsyncDisposable
{
    /// <summary>The <c>source</c> of the records of an SCU verb and of <c>listen</c>.</summary>
    public const string ScuSource = "scu";
    public const string ScpSource = "scp";

    private readonly EvidenceLog? _log;
    private readonly DicomEvidenceRecorder? _recorder;
    private readonly TextWriter _stderr;
    private bool _closed;

    private NetworkEvidence(EvidenceLog? log, DicomEvidenceRecorder? recorder, TextWriter stderr) =>
        (_log, _recorder, _stderr) = (log, recorder, stderr);

    /// <summary>Starts recording <paramref name="events"/> to <paramref name="path"/>; records nothing when no path was given.</summary>
    /// <exception cref="HarnessError">The file exists or cannot be created.</exception>
    public static NetworkEvidence Start(string? path, DicomNetworkEvents events, string source, TextWriter stderr)
    {
        if (string.IsNullOrEmpty(path)) return new NetworkEvidence(null, null, stderr);
        if (File.Exists(path) || Directory.Exists(path))
            throw new HarnessError($"--evidence {path} already exists; an evidence log is never overwritten or appended to: name a new file");
        try
        {
            var log = EvidenceLog.Create(path);
            return new NetworkEvidence(log, DicomEvidenceRecorder.Attach(events, log, source), stderr);
        }
        catch (EvidenceLogException error)
        {
            throw new HarnessError($"--evidence: {error.Message}", error);
        }
    }

    /// <summary>Writes the closing record: <paramref name="exitCode"/>, or 2 when the log could not be written.</summary>
    public async Task<int> CompleteAsync(int exitCode)
    {
        try
        {
            await CloseAsync();
            return exitCode;
        }
        catch (EvidenceLogException error)
        {
            return HarnessError.Report(_stderr, error.Message);
        }
    }

    /// <summary>Closes the log when the command did not get to <see cref="CompleteAsync"/>; the error that ended the
    /// command is reported by the caller, a failure to write the log on its own line.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync();
        }
        catch (EvidenceLogException error)
        {
            HarnessError.Report(_stderr, error.Message);
        }
    }

    private async Task CloseAsync()
    {
        if (_log is null || _closed) return;
        _closed = true;
        _recorder!.Dispose();
        await _log.CompleteAsync();
    }
}
