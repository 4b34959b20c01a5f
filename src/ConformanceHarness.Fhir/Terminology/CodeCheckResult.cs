namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// The outcome of one code check; <see cref="Reason"/> says why a code is not checkable or the
/// value set was not found. A struct, so the warm path (a member) allocates nothing.
/// </summary>
public readonly record struct CodeCheckResult(CodeMembership Membership, string? Reason = null)
{
    public static readonly CodeCheckResult Member = new(CodeMembership.Member);
    public static readonly CodeCheckResult NotMember = new(CodeMembership.NotMember);

    public static CodeCheckResult NotCheckable(string reason) => new(CodeMembership.NotCheckable, reason);
}
