namespace ConformanceHarness.Fhir.Terminology;

/// <summary>The answer to "is this code in that value set?".</summary>
public enum CodeMembership
{
    Member,
    NotMember,

    /// <summary>The answer depends on content we do not have (an external or partial code system, an unsupported filter, a size limit).</summary>
    NotCheckable,

    /// <summary>The value set's canonical resolves to nothing.</summary>
    ValueSetNotFound,
}
