namespace ConformanceHarness.Evidence;

/// <summary>The first place where an evidence log is not what its writer wrote.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Field">What was checked: "line feed", "hash", "json", "seq" or "prev".</param>
/// <param name="Meaning">What the mismatch most likely means, in words.</param>
public sealed record EvidenceChainBreak(int Line, string Field, string Expected, string Found, string Meaning);

/// <summary>The outcome of <see cref="EvidenceLog.VerifyAsync"/>.</summary>
/// <param name="Lines">Lines read (up to and including a broken one).</param>
/// <param name="Head">SHA-256 of the last line when the chain is intact, to compare with what the run reported.</param>
/// <param name="IsClosed">The last line is the writer's closing record (<see cref="EvidenceKinds.LogClosed"/>) and
/// counts the lines before it: nothing was cut off the end.</param>
public sealed record EvidenceChainReport(string Path, int Lines, string? Head, bool IsClosed, EvidenceChainBreak? Break)
{
    public bool IsIntact => Break is null;

    public string Message => Break is { } broken
        ? $"evidence log {Path}, line {broken.Line}: {broken.Field} expected {broken.Expected}, found {broken.Found}; {broken.Meaning}"
        : Lines == 0 ? $"evidence log {Path} is empty: its writer wrote nothing, or everything was removed"
        : IsClosed
            ? $"evidence log {Path}: {Lines} lines, hash chain intact, closed by its writer; head {Head}"
            : $"evidence log {Path}: {Lines} lines, hash chain intact, but it does not end with the closing record: "
                + $"lines were removed after line {Lines}, or its writer did not finish";

    public override string ToString() => Message;
}
