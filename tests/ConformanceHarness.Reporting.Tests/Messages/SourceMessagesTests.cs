using ConformanceHarness.Gherkin.Execution;
using ConformanceHarness.Gherkin.Parsing;
using ConformanceHarness.Reporting.Messages;
using Io.Cucumber.Messages.Types;
using Xunit;

namespace ConformanceHarness.Reporting.Tests.Messages;

public sealed class SourceMessagesTests
{
    [Theory]
    [InlineData("cheese.feature", "Feature: cheese\n", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN)]
    [InlineData("cheese.feature.md", "# Feature: cheese\n", SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_MARKDOWN)]
    public void For_FeatureFile_SourceCarriesTheFormatsMediaType(string uri, string text, SourceMediaType expected)
    {
        var feature = new FeatureLoader(new SynchronizedIdGenerator()).LoadText(uri, $"/features/{uri}", text);

        var source = SourceMessages.For(feature, []).First().Source;

        Assert.Equal((uri, expected), (source.Uri, source.MediaType));
    }
}
