using ConformanceHarness.Gherkin.Tables;
using PickleDocString = Io.Cucumber.Messages.Types.PickleDocString;
using Xunit;

namespace ConformanceHarness.Gherkin.Tests.Tables;

public sealed class DocStringTests
{
    [Fact]
    public void Constructor_ContentAndMediaType_AreExposed()
    {
        var docString = new DocString("{ \"a\": 1 }", "json");

        Assert.Equal("{ \"a\": 1 }", docString.Content);
        Assert.Equal("json", docString.MediaType);
    }

    [Fact]
    public void Constructor_EmptyMediaType_IsNull()
    {
        Assert.Null(new DocString("text", "").MediaType);
        Assert.Null(new DocString("text", null).MediaType);
    }

    [Fact]
    public void ToString_DocString_ReturnsContent()
    {
        Assert.Equal("line 1\nline 2", new DocString("line 1\nline 2", "text/plain").ToString());
    }

    [Fact]
    public void FromPickle_PickleDocString_CopiesContentAndMediaType()
    {
        var docString = DocString.FromPickle(new PickleDocString(null, "xml", "<a/>"));

        Assert.Equal("<a/>", docString.Content);
        Assert.Equal("xml", docString.MediaType);
    }

    [Fact]
    public void FromPickle_NoMediaType_MediaTypeIsNull()
    {
        var docString = DocString.FromPickle(new PickleDocString(null, null, "plain"));

        Assert.Equal("plain", docString.Content);
        Assert.Null(docString.MediaType);
    }
}
