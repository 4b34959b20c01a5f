using System.Numerics;
using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

public sealed class ParameterTypeRegistryTests
{
    private static ParameterType Custom(string name) => new(name, ["x"], typeof(string), v => v[0]);

    [Theory]
    [InlineData("int", typeof(int))]
    [InlineData("float", typeof(float))]
    [InlineData("double", typeof(double))]
    [InlineData("long", typeof(long))]
    [InlineData("byte", typeof(sbyte))]
    [InlineData("short", typeof(short))]
    [InlineData("bigdecimal", typeof(decimal))]
    [InlineData("biginteger", typeof(BigInteger))]
    [InlineData("word", typeof(string))]
    [InlineData("string", typeof(string))]
    [InlineData("", typeof(object))]
    public void Constructor_DefinesBuiltIn_WithValueType(string name, Type valueType)
    {
        Assert.True(new ParameterTypeRegistry().TryLookupByName(name, out var type));
        Assert.Equal(valueType, type.ValueType);
        Assert.True(type.IsBuiltIn);
    }

    [Fact]
    public void Constructor_BuiltIns_HaveSpecSnippetAndPreferenceFlags()
    {
        var registry = new ParameterTypeRegistry();
        Assert.Equal(["int", "float", "string"], registry.All.Where(t => t.UseForSnippets).Select(t => t.Name));
        Assert.Equal(["int", ""], registry.All.Where(t => t.PreferForRegularExpressionMatch).Select(t => t.Name));
        Assert.Equal(11, registry.All.Count());
        Assert.Empty(registry.Custom);
    }

    [Fact]
    public void TryLookupByName_Unknown_ReturnsFalse()
    {
        Assert.False(new ParameterTypeRegistry().TryLookupByName("airport", out var type));
        Assert.Null(type);
    }

    [Fact]
    public void Define_Custom_IsListedInDefinitionOrder()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(Custom("zeta"));
        registry.Define(Custom("alpha"));
        Assert.Equal(["zeta", "alpha"], registry.Custom.Select(t => t.Name));
        Assert.Equal(["zeta", "alpha"], registry.All.Skip(11).Select(t => t.Name));
        Assert.True(registry.TryLookupByName("alpha", out _));
    }

    [Theory]
    [InlineData("color", "There is already a parameter type with name color")]
    [InlineData("int", "There is already a parameter type with name int")]
    public void Define_DuplicateName_Throws(string name, string message)
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(Custom("color"));
        var exception = Assert.Throws<CucumberExpressionException>(() => registry.Define(Custom(name)));
        Assert.Equal(message, exception.Message);
    }
}
