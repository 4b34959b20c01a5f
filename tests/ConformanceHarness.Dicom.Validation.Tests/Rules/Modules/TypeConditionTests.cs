using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Modules;

/// <summary>
/// Conditions in three values (true, false, null = the data set cannot tell) and the clauses that read beyond the item:
/// the file's transfer syntax, the IOD of the SOP class; and the module data's conditions as a whole.
/// </summary>
public sealed class TypeConditionTests
{
    private static readonly AttributeCondition Unknown = new("unknown", null, []);

    private static readonly AttributeCondition RowsPresent = new("present", DicomTags.Rows, []);

    private static readonly AttributeCondition RowsAbsent = new("absent", DicomTags.Rows, []);

    private static readonly Dictionary<string, IReadOnlyList<IReadOnlyList<AttributeCondition>>> Expressions = new()
    {
        ["unknown and present"] = [[Unknown, RowsPresent]],
        ["unknown and absent"] = [[Unknown, RowsAbsent]],
        ["unknown or present"] = [[Unknown], [RowsPresent]],
        ["unknown or absent"] = [[Unknown], [RowsAbsent]],
        ["absent or present"] = [[RowsAbsent], [RowsPresent]],
    };

    [Theory]
    [InlineData("unknown and present", null)]
    [InlineData("unknown and absent", false)]
    [InlineData("unknown or present", true)]
    [InlineData("unknown or absent", null)]
    [InlineData("absent or present", true)]
    public void Evaluate_UndecidedClause_FollowsKleeneLogic(string expression, bool? expected)
    {
        var dataset = new DicomDataset().AddOrUpdate(DicomTags.Rows, (ushort)2);

        Assert.Equal(expected, new TypeCondition(Expressions[expression], false, "test", "test").Evaluate(new(dataset, "", new DicomDataset())));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.4.94", false, "(0028,7FE0)")]
    [InlineData("1.2.840.10008.1.2.4.94", true)]
    [InlineData("1.2.840.10008.1.2.1", false)]
    public void Check_PixelDataProviderUrl_RequiredForJpipReferencedTransferSyntax(string transferSyntax, bool withUrl, params string[] paths)
    {
        var file = ModuleRules.Instance(
            d => { if (withUrl) d.AddOrUpdate(DicomTags.PixelDataProviderURL, "https://jpip.example.invalid/ct1"); },
            meta => meta.AddOrUpdate(DicomFileMetaInformation.TransferSyntaxUid, transferSyntax));

        Assert.Equal(paths, ModuleRules.Findings(file).Select(f => f.TagPath));
    }

    [Fact]
    public void Check_NoFileMeta_LeavesTheTransferSyntaxConditionUndecided()
    {
        var file = OntarioInstance.Build();
        var received = new DicomFile(file.Dataset, new DicomDataset());

        Assert.Empty(ModuleRules.Findings(received).Select(f => f.ToString()));
    }

    [Fact]
    public void ModuleData_EveryConditionalAttribute_HasItsConditionWordingAndTable()
    {
        var attributes = ModuleRules.AllAttributes().ToList();

        Assert.Empty(attributes.Where(a => a.IsConditional != a.Condition is not null).Select(a => $"{a} Type {a.Type}"));
        Assert.Empty(attributes.Where(a => a.Condition is { } c && (c.Wording.Length == 0 || !c.Source.StartsWith("PS3.3 Table ", StringComparison.Ordinal))).Select(a => a.ToString()));
        Assert.Empty(attributes.SelectMany(a => a.Condition?.AnyOf.SelectMany(c => c) ?? []).Where(c => !AttributeCondition.Kinds.Contains(c.Kind)).Select(c => c.Kind));
    }
}
