using System.Globalization;
using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed class StepArgumentTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly ParameterTypeRegistry _registry = new();

    private IReadOnlyList<StepArgument> Match(string expression, string text) =>
        new CucumberExpression(expression, _registry).Match(text) ?? throw new InvalidOperationException("no match");

    // Expected JSON below is copied from @cucumber/compatibility-kit 30.0.0 features/*/*.ndjson stepMatchArguments.
    [Theory]
    [InlineData("the string {string} is logged", "the string \"hello\" is logged",
        """[{"group":{"start":11,"value":"\"hello\"","children":[{"start":12,"value":"hello","children":[{}]},{"children":[{}]}]},"parameterTypeName":"string"}]""")]
    [InlineData("a link to {string} is attached", "a link to \"https://cucumber.io\" is attached",
        """[{"group":{"start":10,"value":"\"https://cucumber.io\"","children":[{"start":11,"value":"https://cucumber.io","children":[{}]},{"children":[{}]}]},"parameterTypeName":"string"}]""")]
    [InlineData("the string {string} is attached as {string}", "the string \"hello\" is attached as \"application/octet-stream\"",
        """[{"group":{"start":11,"value":"\"hello\"","children":[{"start":12,"value":"hello","children":[{}]},{"children":[{}]}]},"parameterTypeName":"string"},{"group":{"start":34,"value":"\"application/octet-stream\"","children":[{"start":35,"value":"application/octet-stream","children":[{}]},{"children":[{}]}]},"parameterTypeName":"string"}]""")]
    [InlineData("an array with {int} bytes is attached as {string}", "an array with 10 bytes is attached as \"text/plain\"",
        """[{"group":{"start":14,"value":"10"},"parameterTypeName":"int"},{"group":{"start":38,"value":"\"text/plain\"","children":[{"start":39,"value":"text/plain","children":[{}]},{"children":[{}]}]},"parameterTypeName":"string"}]""")]
    [InlineData("there are {int} cucumbers", "there are 12 cucumbers",
        """[{"group":{"start":10,"value":"12"},"parameterTypeName":"int"}]""")]
    [InlineData("each person can eat {int} cucumbers", "each person can eat 2 cucumbers",
        """[{"group":{"start":20,"value":"2"},"parameterTypeName":"int"}]""")]
    public void Group_CckSteps_EqualsCckStepMatchArguments(string expression, string text, string expectedJson) =>
        GroupJson.AssertEqual(expectedJson, Match(expression, text));

    [Fact]
    public void Group_SingleQuotedString_FirstAlternativeDoesNotParticipate()
    {
        var group = Assert.Single(Match("say {string}", "say 'it\\'s'")).Group;
        var expected = new StepArgumentGroup(4, "'it\\'s'",
        [
            new StepArgumentGroup(null, null, [new StepArgumentGroup(null, null, [])]),
            new StepArgumentGroup(5, "it\\'s", [new StepArgumentGroup(7, "\\'s", [])]),
        ]);
        Assert.Equal(expected, group);
        Assert.False(group.Children[0].Participated);
    }

    [Fact]
    public void GroupValues_String_AreTheDirectChildValues()
    {
        var argument = Assert.Single(Match("say {string}", "say \"hi\""));
        Assert.Equal<IEnumerable<string?>>(["hi", null], argument.GroupValues);
    }

    [Fact]
    public void GetValue_StringWithEscapedQuotes_IsUnescaped() =>
        Assert.Equal("a \"b\" 'c'", Assert.Single(Match("say {string}", "say \"a \\\"b\\\" \\'c\\'\"")).GetValue(typeof(string), Invariant));

    public static TheoryData<string, string, Type, object> Conversions => new()
    {
        { "{int}", "42", typeof(long), 42L },
        { "{int}", "42", typeof(int?), 42 },
        { "{int}", "42", typeof(string), "42" },
        { "{int}", "42", typeof(object), 42 },
        { "{float}", "1.1", typeof(double), 1.1d },
        { "{float}", "1.1", typeof(decimal), 1.1m },
        { "{string}", "\"7\"", typeof(int), 7 },
        { "{word}", "Blue", typeof(ConsoleColor), ConsoleColor.Blue },
        { "{}", "2024-02-29", typeof(DateOnly), new DateOnly(2024, 2, 29) },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void GetValue_TargetDiffersFromValueType_Converts(string expression, string text, Type target, object expected)
    {
        var value = Assert.Single(Match(expression, text)).GetValue(target, Invariant);
        Assert.Equal(expected, value);
        Assert.IsType(expected.GetType(), value);
    }

    [Fact]
    public void GetValue_BuiltInFloatUnderCommaCulture_UsesTheMatchedDigits() =>
        Assert.Equal(2.5d, Assert.Single(Match("{float}", "2.5")).GetValue(typeof(double), new CultureInfo("de-DE")));

    [Fact]
    public void GetValue_CustomTransformResultIncompatible_ThrowsInvalidCast()
    {
        _registry.Define(new ParameterType("point", [@"\d+,\d+"], typeof(Version), v => new Version(1, 2)));
        var argument = Assert.Single(Match("at {point}", "at 1,2"));
        Assert.Equal(new Version(1, 2), argument.GetValue(typeof(Version), Invariant));
        var exception = Assert.Throws<InvalidCastException>(() => argument.GetValue(typeof(int), Invariant));
        Assert.Contains("{point}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetValue_CustomTransform_ReceivesWholeMatchWhenRegexHasNoGroups()
    {
        string?[]? received = null;
        _registry.Define(new ParameterType("upper", ["[A-Z]+"], typeof(string), v => { received = v; return v[0]!.ToLowerInvariant(); }));
        Assert.Equal("abc", Assert.Single(Match("{upper}!", "ABC!")).GetValue(typeof(string), Invariant));
        Assert.Equal<IEnumerable<string?>>(["ABC"], received!);
    }
}
