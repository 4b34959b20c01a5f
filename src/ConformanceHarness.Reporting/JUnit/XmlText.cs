using System.Text;
using System.Xml;

namespace ConformanceHarness.Reporting.JUnit;

/// <summary>
/// Makes any string safe for an XML 1.0 document: characters XML cannot carry (most C0 controls,
/// lone surrogates, U+FFFE/U+FFFF) are replaced by U+FFFD. Markup such as <c>]]&gt;</c> needs no
/// care here because the writer escapes text and never uses CDATA.
/// </summary>
public static class XmlText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : Replacement);
            }
        }
        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) continue;
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) i++;
            else return false;
        }
        return true;
    }
}
