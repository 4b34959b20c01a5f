using System.Text;

namespace ConformanceHarness.Gherkin.Tags;

/// <summary>Splits tag expression text into tokens, resolving the escapes <c>\(</c>, <c>\)</c>, <c>\\</c> and backslash-whitespace.</summary>
internal sealed class TagTokenizer
{
    private const string CommaReason =
        "An invalid tag combination operator was detected. The use of a comma (\",\") to combine tags is not supported. " +
        "Please replace it with either the \"or\" or \"and\" operators for tag combinations. " +
        "For example, use \"@tag1 or @tag2\" or \"@tag1 and @tag2\"";

    private readonly string _text;
    private readonly List<TagToken> _tokens = [];
    private readonly StringBuilder _word = new();
    private int _wordStart;

    private TagTokenizer(string text) => _text = text;

    public static IReadOnlyList<TagToken> Tokenize(string text)
    {
        var tokenizer = new TagTokenizer(text);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private void Run()
    {
        for (var i = 0; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c == '\\')
            {
                i++;
                AppendEscaped(i);
            }
            else if (char.IsWhiteSpace(c))
            {
                FlushWord();
            }
            else if (c is '(' or ')')
            {
                FlushWord();
                var kind = c == '(' ? TagTokenKind.OpenParenthesis : TagTokenKind.CloseParenthesis;
                _tokens.Add(new TagToken(kind, c.ToString(), i + 1));
            }
            else if (c == ',')
            {
                throw new TagExpressionException(_text, CommaReason, i + 1);
            }
            else
            {
                Append(c, i);
            }
        }

        FlushWord();
    }

    private void AppendEscaped(int index)
    {
        var backslashColumn = index;
        if (index >= _text.Length)
        {
            throw new TagExpressionException(_text, "Illegal escape at end of expression.", backslashColumn);
        }

        var escaped = _text[index];
        if (escaped is not ('(' or ')' or '\\') && !char.IsWhiteSpace(escaped))
        {
            throw new TagExpressionException(_text, $"Illegal escape before \"{escaped}\".", backslashColumn);
        }

        Append(escaped, index - 1);
    }

    private void Append(char c, int index)
    {
        if (_word.Length == 0)
        {
            _wordStart = index;
        }

        _word.Append(c);
    }

    private void FlushWord()
    {
        if (_word.Length == 0)
        {
            return;
        }

        _tokens.Add(TagToken.FromWord(_word.ToString(), _wordStart + 1));
        _word.Clear();
    }
}
