using System.CommandLine;
using ConformanceHarness.Evidence;

namespace ConformanceHarness.Cli.Commands.Evidence.Verify;

/// <summary>
/// <c>harness evidence verify</c>: re-reads an evidence log and checks its hash chain (<see cref="EvidenceLog.VerifyAsync"/>).
/// Intact and closed by its writer: the verifier's summary on stdout (line count and head hash), exit code 0. Broken,
/// empty or cut short (no closing record): the verifier's message as a <c>harness: failed:</c> line, exit code 1. A file
/// that cannot be read, or is not an evidence log at all: exit code 2.
/// </summary>
public sealed class VerifyCommand(string path, InvocationConfiguration io)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var report = await VerifyAsync(cancellationToken);
        if (!report.IsIntact || !report.IsClosed) return HarnessFailure.Report(io.Error, report.Message);
        io.Output.WriteLine(report.Message);
        io.Output.Flush();
        return ExitCodes.Success;
    }

    private async Task<EvidenceChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EvidenceLog.VerifyAsync(path, cancellationToken);
        }
        catch (EvidenceLogException error)
        {
            throw new HarnessError(error.Message, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw new HarnessError("cancelled by the user");
        }
    }
}
