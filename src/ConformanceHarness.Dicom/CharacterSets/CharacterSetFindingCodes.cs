namespace ConformanceHarness.Dicom.CharacterSets;

/// <summary>The codes of <see cref="CharacterSetFinding"/>, PS3.3 C.12.1.1.2 and PS3.5 §6.1.</summary>
public static class CharacterSetFindingCodes
{
    /// <summary>A value of (0008,0005) is no Defined Term; value 1 falls back to the default repertoire, others are dropped.</summary>
    public const string UnknownTerm = "charset.unknown-term";

    /// <summary>A term spelled loosely ("ISO-IR 100", "iso_ir 100") was read as the Defined Term it resembles.</summary>
    public const string NonStandardTerm = "charset.nonstandard-term";

    /// <summary>A term used where the standard does not allow it (ISO_IR 13 beside ISO 2022 IR 87, a multi-byte set as value 1, ISO_IR 192 with other values).</summary>
    public const string MisplacedTerm = "charset.misplaced-term";

    /// <summary>A byte (sequence) that the active character set does not define; decoded as U+FFFD.</summary>
    public const string InvalidByte = "charset.invalid-byte";

    /// <summary>A character the character set cannot represent; encoded as '?'.</summary>
    public const string Unrepresentable = "charset.unrepresentable";

    /// <summary>An escape sequence that is malformed or designates no known character set; skipped.</summary>
    public const string BadEscape = "charset.bad-escape";

    /// <summary>An escape sequence for a known character set that (0008,0005) does not list, or in a value without code extensions; honoured.</summary>
    public const string UndeclaredEscape = "charset.undeclared-escape";
}
