using System.CommandLine;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// Runs one DICOM network verb with its evidence log and turns what can go wrong into words and an exit code:
/// 2 (<see cref="HarnessError"/>, <c>harness: error:</c>) when the peer cannot be asked at all — unreachable, bad input,
/// cancelled — and 1 (<c>harness: failed:</c>) when it was asked and said no or misbehaved: rejected or aborted the
/// association, did not answer in time, answered with a failure status.
/// </summary>
public static class NetworkRun
{
    public const string FailedPrefix = "harness: failed: ";

    public static async Task<int> ExecuteAsync(InvocationConfiguration io, string? evidencePath,
        Func<DicomNetworkEvents, Task<int>> body, CancellationToken cancellationToken)
    {
        var events = new DicomNetworkEvents();
        using var evidence = NetworkEvidenceFile.Open(evidencePath, events);
        try
        {
            return await body(events);
        }
        catch (DicomAssociationException error) when (error.Failure == DicomAssociationFailure.Unreachable)
        {
            throw new HarnessError(error.Message, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new HarnessError("cancelled by the user");
        }
        catch (Exception error) when (error is DicomAssociationException or TimeoutException)
        {
            return Failed(io.Error, error.Message);
        }
        catch (Exception error) when (error is DicomFormatException or DicomDataException)
        {
            return Failed(io.Error, $"the peer sent a data set that cannot be read: {error.Message}");
        }
        catch (IOException error)
        {
            return Failed(io.Error, $"the connection to the peer failed: {error.Message}");
        }
    }

    /// <summary>One <c>harness: failed:</c> line: the peer refused or failed what was asked (exit code 1).</summary>
    public static int Failed(TextWriter stderr, string message)
    {
        stderr.WriteLine(FailedPrefix + message.ReplaceLineEndings(" "));
        stderr.Flush();
        return ExitCodes.ConformanceFailures;
    }
}
