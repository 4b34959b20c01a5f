using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;
using ConformanceHarness.Dicom.Validation.Tests.Engine;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

/// <summary>The value rules as a group: all registered, all silent on a conformant instance, bad parameters refused at load naming the row.</summary>
public sealed class ValueRuleSetTests
{
    public static TheoryData<string> RuleNames => [.. ValueRuleSet.Definitions.Select(rule => rule.Name)];

    [Fact]
    public void Registry_HoldsEveryValueRuleWithADescription()
    {
        string[] expected = ["vr-value", "value-multiplicity", "uid-syntax", "uid-root", "padding", "retired-attribute", "group-length", "private-creator"];

        Assert.Equal(expected, ValueRuleSet.Definitions.Select(rule => rule.Name));
        Assert.All(expected, name => Assert.True(DicomRuleRegistry.Find(name) is { Description.Length: > 20, Instance: not null }, name));
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Check_ConformantInstance_FindsNothing(string rule)
    {
        var parameters = rule == ValueRuleSet.UidRoot ? """{"allowedRoots": ["2.25"]}""" : null;

        var findings = ValueRuleFixture.Check(rule, ValueRuleFixture.ConformantFile(), parameters);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("padding", """{"strict": true}""", "rules[0] (T-VAL-1, rule padding): parameter 'strict' is not known; the rule takes no parameters")]
    [InlineData("uid-root", """{}""", "rules[0] (T-VAL-1, rule uid-root): parameter 'allowedRoots' (an array of UID prefixes such as \"2.25\") is missing or empty")]
    [InlineData("uid-root", """{"allowedRoots": "2.25"}""", "rules[0] (T-VAL-1, rule uid-root): parameter 'allowedRoots' is not an array of strings")]
    [InlineData("uid-root", """{"allowedRoots": ["2.25", "1.02.3"]}""", "rules[0] (T-VAL-1, rule uid-root): parameter 'allowedRoots': '1.02.3' is not a UID prefix")]
    [InlineData("uid-root", """{"allowedRoots": ["2.25"], "tags": ["(0020,000D)", "StudyUID"]}""", "rules[0] (T-VAL-1, rule uid-root): parameter 'tags': 'StudyUID' is not a tag")]
    [InlineData("uid-root", """{"allowedRoot": ["2.25"]}""", "rules[0] (T-VAL-1, rule uid-root): parameter 'allowedRoot' is not known; the rule takes allowedRoots, tags")]
    public void Load_BadParameters_NamesTheRowAndTheParameter(string rule, string parameters, string message)
    {
        using var folder = new TestPackFolder(
            $$"""{"pack": "p", "profiles": ["h"], "rules": [{"requirement": "T-VAL-1", "rule": "{{rule}}", "parameters": {{parameters}}}]}""",
            ValueRulePack.Catalogue);

        var error = Assert.Throws<InvalidDataException>(() => DicomRulePack.Load(folder.Folder));

        Assert.Contains(message, error.Message);
    }
}
