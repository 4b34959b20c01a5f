using System.Text.Json.Nodes;
using ConformanceHarness.Gherkin.Expressions;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Expressions;

/// <summary>Renders argument groups the way Cucumber Messages' stepMatchArguments does, to compare with the CCK.</summary>
internal static class GroupJson
{
    public static JsonObject ToJson(StepArgumentGroup group)
    {
        var json = new JsonObject();
        if (group.Start is { } start)
        {
            json["start"] = start;
        }

        if (group.Value is { } value)
        {
            json["value"] = value;
        }

        if (group.Children.Count > 0)
        {
            json["children"] = new JsonArray([.. group.Children.Select(child => (JsonNode)ToJson(child))]);
        }

        return json;
    }

    /// <summary>The arguments as CCK "stepMatchArguments" (group plus parameterTypeName when there is one).</summary>
    public static JsonArray ToJson(IEnumerable<StepArgument> arguments)
    {
        var array = new JsonArray();
        foreach (var argument in arguments)
        {
            var json = new JsonObject { ["group"] = ToJson(argument.Group) };
            if (argument.ParameterType is { } type)
            {
                json["parameterTypeName"] = type.Name;
            }

            array.Add(json);
        }

        return array;
    }

    public static void AssertEqual(string expectedJson, IEnumerable<StepArgument>? arguments)
    {
        Assert.NotNull(arguments);
        var actual = ToJson(arguments);
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected?.ToJsonString()}\nactual   {actual.ToJsonString()}");
    }
}
