using System.Text;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Validates a Cucumber Expression syntax tree and rewrites it into a regular expression.</summary>
internal sealed class ExpressionCompiler(string expression, ParameterTypeRegistry registry)
{
    private readonly List<ParameterType> _parameterTypes = [];

    /// <summary>The parameter types in the order their groups appear in the regex.</summary>
    public IReadOnlyList<ParameterType> ParameterTypes => _parameterTypes;

    public string Compile(ExpressionNode root) => "^" + RewriteAll(root.Nodes, string.Empty) + "$";

    private string Rewrite(ExpressionNode node) => node.Type switch
    {
        ExpressionNodeType.Text => EscapeRegex(node.Text),
        ExpressionNodeType.Optional => RewriteOptional(node),
        ExpressionNodeType.Alternation => RewriteAlternation(node),
        ExpressionNodeType.Alternative => RewriteAll(node.Nodes, string.Empty),
        ExpressionNodeType.Parameter => RewriteParameter(node),
        _ => throw new InvalidOperationException($"Unexpected node {node.Type}"),
    };

    private string RewriteAll(IEnumerable<ExpressionNode> nodes, string separator) =>
        string.Join(separator, nodes.Select(Rewrite));

    private string RewriteOptional(ExpressionNode node)
    {
        if (node.Nodes.FirstOrDefault(n => n.Type == ExpressionNodeType.Parameter) is { } parameter)
        {
            throw ExpressionErrors.ParameterIsNotAllowedInOptional(parameter, expression);
        }

        if (node.Nodes.FirstOrDefault(n => n.Type == ExpressionNodeType.Optional) is { } optional)
        {
            throw ExpressionErrors.OptionalIsNotAllowedInOptional(optional, expression);
        }

        if (!ContainsText(node))
        {
            throw ExpressionErrors.OptionalMayNotBeEmpty(node, expression);
        }

        return "(?:" + RewriteAll(node.Nodes, string.Empty) + ")?";
    }

    private string RewriteAlternation(ExpressionNode node)
    {
        foreach (var alternative in node.Nodes)
        {
            if (alternative.Nodes.Count == 0)
            {
                throw ExpressionErrors.AlternativeMayNotBeEmpty(alternative, expression);
            }

            if (!ContainsText(alternative))
            {
                throw ExpressionErrors.AlternativeMayNotExclusivelyContainOptionals(alternative, expression);
            }
        }

        return "(?:" + RewriteAll(node.Nodes, "|") + ")";
    }

    private string RewriteParameter(ExpressionNode node)
    {
        var name = node.Text;
        if (!registry.TryLookupByName(name, out var type))
        {
            throw ExpressionErrors.UndefinedParameterType(node, expression, name);
        }

        _parameterTypes.Add(type);
        var patterns = type.RegularExpressions;
        return patterns.Count == 1 ? "(" + patterns[0] + ")" : "((?:" + string.Join(")|(?:", patterns) + "))";
    }

    private static bool ContainsText(ExpressionNode node) => node.Nodes.Any(n => n.Type == ExpressionNodeType.Text);

    /// <summary>Escapes the characters the specification lists: ^ $ [ ] ( ) \ { } . | ? * +</summary>
    internal static string EscapeRegex(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '^' or '$' or '[' or ']' or '(' or ')' or '\\' or '{' or '}' or '.' or '|' or '?' or '*' or '+')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
