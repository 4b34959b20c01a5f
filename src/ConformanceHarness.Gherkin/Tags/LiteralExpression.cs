using System.Text;

namespace ConformanceHarness.Gherkin.Tags;

/// <summary>A single tag such as <c>@smoke</c>; true when the tag set contains it (ordinal comparison).</summary>
internal sealed class LiteralExpression : TagExpression
{
    private readonly string _tag;

    public LiteralExpression(string tag) => _tag = tag;

    public override bool Evaluate(IReadOnlyCollection<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            if (string.Equals(tag, _tag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(_tag.Length);
        foreach (var c in _tag)
        {
            if (c is '\\' or '(' or ')' || char.IsWhiteSpace(c))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
