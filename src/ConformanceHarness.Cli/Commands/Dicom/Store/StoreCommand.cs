using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Commands.Dicom.Store;

/// <summary>
/// <c>harness dicom store</c>: every file on one association (<see cref="StoreInputs.Proposals"/>), each data set sent as
/// the file holds it (<see cref="DicomInstance.Load"/>; transcoded only when the peer accepted another syntax). One line
/// per file with the C-STORE status, then a summary; exit code 1 when any store failed. Ctrl+C stops between files.
/// </summary>
public sealed class StoreCommand(DicomPeer peer, IReadOnlyList<string> paths, InvocationConfiguration io)
{
    public Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var inputs = StoreInputs.Collect(paths, io.Error);
        var proposals = inputs.Proposals();
        return NetworkRun.ExecuteAsync(io, peer.EvidencePath, events =>
            peer.UseAsync(proposals, events, association => SendAllAsync(association, inputs, cancellationToken), cancellationToken), cancellationToken);
    }

    private async Task<int> SendAllAsync(DicomAssociation association, StoreInputs inputs, CancellationToken cancellationToken)
    {
        var (tally, reported) = (new StoreTally(inputs.Skipped), 0);
        var pending = inputs.Files.TakeWhile(_ => association.End is null && !cancellationToken.IsCancellationRequested);
        await foreach (var (file, response) in association.StoreManyAsync(pending, file => DicomInstance.Load(file.Path), CancellationToken.None))
        {
            Report(tally, file, response);
            reported++;
        }
        foreach (var file in inputs.Files.Skip(reported))
        {
            if (cancellationToken.IsCancellationRequested) break;
            Report(tally, file, DicomStatusState.Failure, $"not sent: the association ended ({association.End})");
        }
        io.Output.WriteLine(tally.Summary());
        io.Output.Flush();
        cancellationToken.ThrowIfCancellationRequested();
        return tally.Failed == 0 ? ExitCodes.Success
            : HarnessFailure.Report(io.Error, $"{tally.Failed} of {inputs.Files.Count} instances were not stored by {peer}");
    }

    /// <summary>One finished C-STORE (or the reason it could not be sent: unreadable file, no context, association gone).</summary>
    private void Report(StoreTally tally, StoreFile file, Task<CStoreResponse> response)
    {
        if (response.IsCompletedSuccessfully) Report(tally, file, response.Result.Status.State, StatusText.Of(response.Result));
        else if (response.Exception?.InnerException is { } error and (DicomAssociationException or TimeoutException or IOException
            or InvalidOperationException or DicomFormatException or DicomDataException or NotSupportedException or UnauthorizedAccessException))
            Report(tally, file, DicomStatusState.Failure, error.Message);
        else response.GetAwaiter().GetResult();
    }

    private void Report(StoreTally tally, StoreFile file, DicomStatusState state, string detail) =>
        io.Output.WriteLine($"{tally.Add(state)} {file.Path}: {detail}");
}
