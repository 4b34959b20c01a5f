namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// One attribute of a module table (PS3.3): its tag, keyword and type; for 1C/2C the condition when the data can
/// express it (<see cref="Condition"/>), otherwise its wording (<see cref="ConditionText"/>, not checked); for a
/// sequence, the attributes of its items.
/// </summary>
public sealed record ModuleAttribute(
    DicomTag Tag,
    string Keyword,
    AttributeType Type,
    IReadOnlyList<AttributeCondition> Condition,
    string? ConditionText,
    IReadOnlyList<ModuleAttribute> Items)
{
    /// <summary>The type this attribute has in <paramref name="item"/>: 1C/2C become 1/2 when their condition holds, 3 otherwise.</summary>
    public AttributeType EffectiveType(DicomDataset item, DicomDataset root) => Type switch
    {
        AttributeType.Type1C => ConditionHolds(item, root) ? AttributeType.Type1 : AttributeType.Type3,
        AttributeType.Type2C => ConditionHolds(item, root) ? AttributeType.Type2 : AttributeType.Type3,
        _ => Type,
    };

    private bool ConditionHolds(DicomDataset item, DicomDataset root) => Condition.Count > 0 && Condition.All(c => c.Holds(item, root));

    public override string ToString() => $"{Keyword} {Tag}";
}
