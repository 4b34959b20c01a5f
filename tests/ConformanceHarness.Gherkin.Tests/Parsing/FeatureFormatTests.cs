using ConformanceHarness.Gherkin.Parsing;
using Io.Cucumber.Messages.Types;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Parsing;

public sealed class FeatureFormatTests
{
    [Theory]
    [InlineData("features/cheese.feature", ".feature", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)]
    [InlineData("features/cheese.feature.md", ".feature.md", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_MARKDOWN)]
    [InlineData("features/CHEESE.FEATURE.MD", ".feature.md", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_MARKDOWN)]
    public void Of_FileName_PicksFormatAndMediaType(string path, string suffix, SourceMediaType mediaType)
    {
        var format = FeatureFormat.Of(path);

        Assert.Equal((suffix, mediaType), (format.Suffix, format.MediaType));
    }

    [Theory]
    [InlineData("a/cheese.feature", true)]
    [InlineData("a/cheese.feature.md", true)]
    [InlineData("a/README.md", false)]
    [InlineData("a/cheese.feature.txt", false)]
    public void IsFeatureFile_FileName_AcceptsBothSuffixesOnly(string path, bool expected)
    {
        Assert.Equal(expected, FeatureFormat.IsFeatureFile(path));
    }

    [Theory]
    [InlineData("a/cheese.feature", "cheese")]
    [InlineData("a/cheese.feature.md", "cheese")]
    public void NameWithoutSuffix_FeatureFile_DropsFolderAndSuffix(string path, string expected)
    {
        Assert.Equal(expected, FeatureFormat.Of(path).NameWithoutSuffix(path));
    }
}
