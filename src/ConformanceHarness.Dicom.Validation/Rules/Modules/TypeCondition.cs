namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// The condition of a Type 1C or 2C attribute (PS3.5 §7.4.2, §7.4.4): alternatives (<see cref="AnyOf"/>) of clauses
/// that must all hold, the standard's <see cref="Wording"/> and where it is (<see cref="Source"/>, a PS3.3 table), and
/// whether the standard forbids the attribute when the condition is false (<see cref="AbsentOtherwise"/>: "shall not
/// be present otherwise"). Evaluated in three values (Kleene): an undecided clause (<c>unknown</c>, or a fact the data
/// set lacks) makes its alternative undecided unless another clause is false; undecided is never an error.
/// </summary>
public sealed record TypeCondition(IReadOnlyList<IReadOnlyList<AttributeCondition>> AnyOf, bool AbsentOtherwise, string Wording, string Source)
{
    /// <summary>Why a clause cannot be decided, when the module data says (<c>a header-only read does not reach Pixel Data</c>).</summary>
    public string? Note { get; init; }

    /// <summary>True when the condition holds, false when it does not, null when the data set cannot tell.</summary>
    public bool? Evaluate(ConditionScope scope)
    {
        bool? any = false; // false is the identity of "or"
        foreach (var alternative in AnyOf)
        {
            bool? all = true; // true is the identity of "and"
            foreach (var clause in alternative)
                if ((all &= clause.Evaluate(scope)) == false) break;
            if ((any |= all) == true) break;
        }
        return any;
    }

    public override string ToString() => string.Join(" or ", AnyOf.Select(alternative => string.Join(" and ", alternative)));
}
