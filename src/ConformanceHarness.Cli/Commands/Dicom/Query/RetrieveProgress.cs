using System.CommandLine;
using ConformanceHarness.Cli.Commands.Dicom.Network;
using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Cli.Commands.Dicom.Query;

/// <summary>
/// Follows the responses of a C-MOVE or C-GET (PS3.4 C.4.2, C.4.3): a line per Pending response with the sub-operation
/// counts, then the final status with the counts and any Failed SOP Instance UID List (0008,0058). Exit code 1 when the
/// final status is a failure or a sub-operation failed; 2 when the user cancelled (the C-CANCEL was sent).
/// </summary>
public static class RetrieveProgress
{
    private static readonly DicomTag FailedSOPInstanceUIDList = new(0x0008, 0x0058);

    public static async Task<int> FollowAsync(IAsyncEnumerable<DimseSuboperationsResponse> responses, string operation,
        TextWriter output, InvocationConfiguration io, CancellationToken cancellationToken)
    {
        DimseSuboperationsResponse? final = null;
        await foreach (var response in responses)
        {
            if (response.Status.State == DicomStatusState.Pending) output.WriteLine($"pending: {Counts(response)}");
            else final = response;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = $"{operation}: {StatusText.Of(final!)}; {Counts(final!)}{FailedInstances(final!)}";
        var failed = final!.Status.State is not (DicomStatusState.Success or DicomStatusState.Warning) || final.NumberOfFailedSuboperations > 0;
        if (failed) return HarnessFailure.Report(io.Error, outcome);
        output.WriteLine(outcome);
        output.Flush();
        return ExitCodes.Success;
    }

    /// <summary>"remaining 2, completed 1, failed 0, warning 0"; a count the response leaves out is not shown.</summary>
    public static string Counts(DimseSuboperationsResponse response)
    {
        var counts = new (string Name, ushort? Value)[]
        {
            ("remaining", response.NumberOfRemainingSuboperations), ("completed", response.NumberOfCompletedSuboperations),
            ("failed", response.NumberOfFailedSuboperations), ("warning", response.NumberOfWarningSuboperations),
        };
        var shown = counts.Where(count => count.Value is not null).Select(count => $"{count.Name} {count.Value}").ToList();
        return shown.Count == 0 ? "no sub-operation counts" : string.Join(", ", shown);
    }

    private static string FailedInstances(DimseSuboperationsResponse response) =>
        response.Dataset is { } dataset && dataset.TryGetString(FailedSOPInstanceUIDList, out var uids) && uids.Length > 0
            ? $"; failed SOP instances: {uids.Replace('\\', ' ')}"
            : "";
}
