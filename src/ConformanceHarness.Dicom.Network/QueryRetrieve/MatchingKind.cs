namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>The kinds of attribute matching a key asks for, PS3.4 C.2.2.2.</summary>
public enum MatchingKind
{
    /// <summary>C.2.2.2.1: the value, exactly (PN without regard to case here).</summary>
    SingleValue,

    /// <summary>C.2.2.2.2: any of several UIDs separated by backslashes.</summary>
    ListOfUid,

    /// <summary>C.2.2.2.3: an empty key (or "*") matches every entity and asks for the value back.</summary>
    Universal,

    /// <summary>C.2.2.2.4: "*" any run of characters, "?" any one character; only AE, CS, LO, LT, PN, SH, ST, UC, UR, UT.</summary>
    WildCard,

    /// <summary>C.2.2.2.5: DA, TM or DT "a-b", "-b" or "a-", bounds included.</summary>
    Range,

    /// <summary>C.2.2.2.6: a sequence whose one item holds the keys an item of the entity must match.</summary>
    Sequence,
}
