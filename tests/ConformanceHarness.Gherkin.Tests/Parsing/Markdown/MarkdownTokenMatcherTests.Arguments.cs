using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Parsing.Markdown;

/// <summary>Step arguments and examples: indented tables, separator rows, fenced doc strings.</summary>
public sealed partial class MarkdownTokenMatcherTests
{
    [Theory]
    [InlineData("  ")]
    [InlineData("     ")]
    public void Table_IndentedTwoToFiveSpaces_IsTheDataTable(string indent)
    {
        var feature = Parse($"# Feature: f\n## Scenario: s\n* Given a table\n{indent}| name | age |\n{indent}| Bill | 3   |\n");

        var table = Assert.Single(Assert.Single(feature.Children).Scenario.Steps).DataTable;
        Assert.Equal([["name", "age"], ["Bill", "3"]], table.Rows.Select(row => row.Cells.Select(cell => cell.Value)));
        Assert.Equal((4, indent.Length + 1, indent.Length + 3), (table.Location.Line, table.Location.Column, table.Rows[0].Cells[0].Location.Column));
    }

    [Fact]
    public void Table_NotIndented_IsIgnored()
    {
        var feature = Parse("# Feature: f\n## Scenario: s\n* Given no table\n| name |\n| Bill |\n");

        Assert.Null(Assert.Single(Assert.Single(feature.Children).Scenario.Steps).DataTable);
    }

    [Fact]
    public void Table_SeparatorRow_IsSkipped()
    {
        var feature = Parse("# Feature: f\n## Scenario: s\n* Given a table\n  | name | age |\n  | ---- | --: |\n  | Bill | 3   |\n");

        var rows = Assert.Single(Assert.Single(feature.Children).Scenario.Steps).DataTable.Rows;
        Assert.Equal([4, 6], rows.Select(row => row.Location.Line));
    }

    [Fact]
    public void ExamplesTable_IndentedWithSeparator_GivesHeaderAndBody()
    {
        var feature = Parse("# Feature: f\n## Scenario Outline: o\n* Given <x>\n### Examples:\n\n  | x |\n  | - |\n  | 1 |\n  | 2 |\n");

        var examples = Assert.Single(Assert.Single(feature.Children).Scenario.Examples);
        Assert.Equal(("x", 6), (examples.TableHeader!.Cells[0].Value, examples.TableHeader.Location.Line));
        Assert.Equal(["1", "2"], examples.TableBody.Select(row => row.Cells[0].Value));
    }

    [Theory]
    [InlineData("```")]
    [InlineData("~~~")]
    [InlineData("````")]
    public void FencedCodeBlock_UnderStep_IsDocStringWithInfoStringAsMediaType(string fence)
    {
        var feature = Parse($"# Feature: f\n## Scenario: s\n* Given some code:\n  {fence}json\n  {{\n    \"a\": 1\n  }}\n  {fence}\n");

        var docString = Assert.Single(Assert.Single(feature.Children).Scenario.Steps).DocString;
        Assert.Equal((fence, "json", 4, 3), (docString.Delimiter, docString.MediaType, docString.Location.Line, docString.Location.Column));
        Assert.Equal("{\n  \"a\": 1\n}", docString.Content);
    }

    [Fact]
    public void FencedCodeBlock_WithoutInfoString_HasNoMediaType()
    {
        var feature = Parse("# Feature: f\n## Scenario: s\n* Given text:\n  ```\n  plain\n  ```\n");

        var docString = Assert.Single(Assert.Single(feature.Children).Scenario.Steps).DocString;
        Assert.Equal(("plain", null), (docString.Content, docString.MediaType));
    }
}
