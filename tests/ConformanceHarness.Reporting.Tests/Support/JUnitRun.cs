using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ConformanceHarness.Reporting.Tests.Support;

/// <summary>Runs features with a <see cref="JUnitXmlWriter"/> listening and returns the document, validated against junit.xsd.</summary>
internal static class JUnitRun
{
    private static readonly XmlSchemaSet Schema = LoadSchema();

    public static Task<XDocument> RunAsync(string featureText, params Type[] bindings) =>
        RunAsync([("test.feature", featureText)], bindings);

    public static async Task<XDocument> RunAsync(IReadOnlyList<(string Name, string Text)> features, params Type[] bindings)
    {
        var stream = new MemoryStream();
        using (var writer = new JUnitXmlWriter(stream, leaveOpen: true))
            await FeatureRun.RunAsync(features, bindings, writer);
        return Validate(stream.ToArray());
    }

    /// <summary>Parses the bytes and validates them; any schema error fails the test.</summary>
    public static XDocument Validate(byte[] xml)
    {
        Assert.NotEqual(0xEF, xml[0]);
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema };
        settings.ValidationEventHandler += (_, e) => Assert.Fail($"junit.xml is not valid: {e.Message} (line {e.Exception?.LineNumber})");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        return XDocument.Load(reader);
    }

    private static XmlSchemaSet LoadSchema()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(AppContext.BaseDirectory, "JUnit", "junit.xsd"));
        schemas.Compile();
        return schemas;
    }
}
