using System.CommandLine;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Cli.Commands.Dicom.Network;

/// <summary>
/// Runs one DICOM SCU verb with its evidence log (<see cref="NetworkEvidence"/>) and turns what can go wrong into words
/// and an exit code: 2 (<see cref="HarnessError"/>, <c>harness: error:</c>) when the peer cannot be asked at all —
/// unreachable, bad input, cancelled — and 1 (<see cref="HarnessFailure"/>, <c>harness: failed:</c>) when it was asked
/// and said no or misbehaved: failed the TLS handshake, rejected or aborted the association, did not answer in time,
/// answered with a failure status.
/// </summary>
public static class NetworkRun
{
    public static async Task<int> ExecuteAsync(InvocationConfiguration io, string? evidencePath,
        Func<DicomNetworkEvents, Task<int>> body, CancellationToken cancellationToken)
    {
        var events = new DicomNetworkEvents();
        await using var evidence = NetworkEvidence.Start(evidencePath, events, NetworkEvidence.ScuSource, io.Error);
        var exitCode = await RunAsync(io, () => body(events), cancellationToken);
        return await evidence.CompleteAsync(exitCode);
    }

    private static async Task<int> RunAsync(InvocationConfiguration io, Func<Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body();
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
            return HarnessFailure.Report(io.Error, error.Message);
        }
        catch (Exception error) when (error is DicomFormatException or DicomDataException)
        {
            return HarnessFailure.Report(io.Error, $"the peer sent a data set that cannot be read: {error.Message}");
        }
        catch (IOException error)
        {
            return HarnessFailure.Report(io.Error, $"the connection to the peer failed: {error.Message}");
        }
    }
}
