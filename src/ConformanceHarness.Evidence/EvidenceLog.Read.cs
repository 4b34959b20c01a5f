using System.Runtime.CompilerServices;

namespace ConformanceHarness.Evidence;

public sealed partial class EvidenceLog
{
    /// <summary>The records of a log, in file order. This reads; it does not check the chain (<see cref="VerifyAsync"/>).</summary>
    /// <exception cref="EvidenceLogException">The file cannot be read, or a line is not a record (the message names the line).</exception>
    public static async IAsyncEnumerable<EvidenceRecord> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var line in EvidenceLineReader.ReadAsync(path, cancellationToken)) yield return EvidenceRecord.Parse(path, line);
    }

    /// <summary>Checks the hash chain of a log and reports the first line where it breaks, or that it is intact.</summary>
    /// <exception cref="EvidenceLogException">The file cannot be read.</exception>
    public static Task<EvidenceChainReport> VerifyAsync(string path, CancellationToken cancellationToken = default) =>
        EvidenceChainVerifier.VerifyAsync(path, cancellationToken);
}
