using System.Xml;

namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>
/// Reads where every element of FHIR XML starts. A nested resource's own element (<c>&lt;resource&gt;&lt;Patient&gt;</c>)
/// is folded into its holder, as the typed tree has it; attributes (<c>id</c>, <c>url</c>) are elements at their own
/// position; the XHTML of a narrative is one element.
/// </summary>
internal static class XmlPositionReader
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static PositionNode? Read(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        if (reader.MoveToContent() != XmlNodeType.Element) return null;
        var root = new PositionNode(At(reader));
        ReadElement(reader, root);
        return root;
    }

    /// <summary>Reads the attributes and children of the element the reader is on, and moves past its end.</summary>
    private static void ReadElement(XmlReader reader, PositionNode node)
    {
        var empty = reader.IsEmptyElement;
        ReadAttributes(reader, node);
        reader.Read();
        if (empty) return;
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) reader.Read();
            else if (reader.NamespaceURI == XhtmlNamespace)
            {
                node.Append(reader.LocalName, At(reader));
                reader.Skip();
            }
            // A resource inside an element (entry.resource, contained, parameter.resource): its element names the type only.
            else ReadElement(reader, char.IsUpper(reader.LocalName[0]) ? node : node.Append(reader.LocalName, At(reader)));
        }
        reader.Read();
    }

    private static void ReadAttributes(XmlReader reader, PositionNode node)
    {
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            if (reader.Name is "id" or "url") node.Append(reader.Name, At(reader));
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static (int Line, int Column) At(XmlReader reader) =>
        reader is IXmlLineInfo info ? (info.LineNumber, info.LinePosition) : (0, 0);
}
