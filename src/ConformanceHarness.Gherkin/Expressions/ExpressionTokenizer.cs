using System.Text;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Splits a Cucumber Expression into tokens, resolving backslash escapes.</summary>
internal sealed class ExpressionTokenizer
{
    private readonly List<ExpressionToken> _tokens = [];
    private readonly StringBuilder _buffer = new();
    private ExpressionTokenType _type;
    private int _tokenStart;

    private ExpressionTokenizer()
    {
    }

    public static IReadOnlyList<ExpressionToken> Tokenize(string expression)
    {
        var runes = expression.EnumerateRunes().ToArray();
        var tokenizer = new ExpressionTokenizer();
        var escaping = false;
        for (var i = 0; i < runes.Length; i++)
        {
            if (!escaping && runes[i].Value == '\\')
            {
                escaping = true;
                continue;
            }

            var type = escaping ? EscapedTypeOf(expression, runes[i], i) : TypeOf(runes[i]);
            tokenizer.Add(runes[i], type, escaping ? i - 1 : i);
            escaping = false;
        }

        if (escaping)
        {
            throw ExpressionErrors.EndOfLineCanNotBeEscaped(expression, runes.Length - 1);
        }

        tokenizer.Flush(runes.Length);
        return tokenizer._tokens;
    }

    private void Add(Rune rune, ExpressionTokenType type, int start)
    {
        if (_buffer.Length > 0 && (_type != type || !IsMergeable(type)))
        {
            Flush(start);
        }

        if (_buffer.Length == 0)
        {
            _tokenStart = start;
        }

        _type = type;
        _buffer.Append(rune.ToString());
    }

    private void Flush(int end)
    {
        if (_buffer.Length > 0)
        {
            _tokens.Add(new ExpressionToken(_type, _buffer.ToString(), _tokenStart, end));
            _buffer.Clear();
        }
    }

    private static bool IsMergeable(ExpressionTokenType type) =>
        type is ExpressionTokenType.Text or ExpressionTokenType.WhiteSpace;

    private static ExpressionTokenType EscapedTypeOf(string expression, Rune rune, int index) =>
        Rune.IsWhiteSpace(rune) || rune.Value is '{' or '}' or '(' or ')' or '\\' or '/'
            ? ExpressionTokenType.Text
            : throw ExpressionErrors.CantEscape(expression, index);

    private static ExpressionTokenType TypeOf(Rune rune) => rune.Value switch
    {
        _ when Rune.IsWhiteSpace(rune) => ExpressionTokenType.WhiteSpace,
        '(' => ExpressionTokenType.BeginOptional,
        ')' => ExpressionTokenType.EndOptional,
        '{' => ExpressionTokenType.BeginParameter,
        '}' => ExpressionTokenType.EndParameter,
        '/' => ExpressionTokenType.Alternation,
        _ => ExpressionTokenType.Text,
    };
}
