namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// One attribute of a module table (PS3.3): its tag, keyword and type; for 1C/2C its <see cref="Condition"/> (which may
/// be undecidable from the data set: then it is never checked); for a sequence, the attributes of its items.
/// </summary>
public sealed record ModuleAttribute(
    DicomTag Tag,
    string Keyword,
    AttributeType Type,
    TypeCondition? Condition,
    IReadOnlyList<ModuleAttribute> Items)
{
    public bool IsConditional => Type is AttributeType.Type1C or AttributeType.Type2C;

    /// <summary>The type this attribute has where its condition evaluated to <paramref name="decision"/>: 1C/2C become 1/2 when it holds, 3 otherwise.</summary>
    public AttributeType EffectiveType(bool? decision) => Type switch
    {
        AttributeType.Type1C => decision == true ? AttributeType.Type1 : AttributeType.Type3,
        AttributeType.Type2C => decision == true ? AttributeType.Type2 : AttributeType.Type3,
        _ => Type,
    };

    public override string ToString() => $"{Keyword} {Tag}";
}
