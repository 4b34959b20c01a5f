using System.Text;
using ConformanceHarness.Gherkin.Expressions;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Execution;

/// <summary>Writes the ready-to-paste C# step definition for an undefined step.</summary>
public sealed class SnippetGenerator(ParameterTypeRegistry parameterTypes)
{
    public string Generate(PickleStep step)
    {
        var generated = new CucumberExpressionGenerator(parameterTypes).Generate(step.Text);
        var expression = generated.Count > 0 ? generated[0] : new GeneratedExpression(step.Text, [], []);
        var keyword = BindingErrors.KeywordName(step.Type);
        var parameters = expression.ParameterNames
            .Select((name, i) => $"{CSharpTypeName(expression.ParameterTypes[i])} {name}")
            .Concat(StepArgumentParameter(step))
            .ToList();
        var code = new StringBuilder();
        code.Append('[').Append(keyword).Append("(\"").Append(Escape(expression.Source)).Append("\")]\n");
        code.Append("public void ").Append(MethodName(keyword, step.Text)).Append('(')
            .Append(string.Join(", ", parameters)).Append(")\n");
        code.Append("{\n    throw new PendingStepException();\n}");
        return code.ToString();
    }

    private static IEnumerable<string> StepArgumentParameter(PickleStep step)
    {
        if (step.Argument?.DataTable is not null) return ["DataTable table"];
        if (step.Argument?.DocString is not null) return ["DocString docString"];
        return [];
    }

    private static string MethodName(string keyword, string text)
    {
        var name = new StringBuilder(keyword);
        var inQuotes = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith('"') || word.StartsWith('\'')) inQuotes = !(word.Length > 1 && (word.EndsWith('"') || word.EndsWith('\'')));
            else if (inQuotes) inQuotes = !(word.EndsWith('"') || word.EndsWith('\''));
            else name.Append(Capitalize(word));
        }
        return name.ToString();
    }

    private static string Capitalize(string word)
    {
        var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
        if (letters.Length == 0 || char.IsDigit(letters[0])) return "";
        return char.ToUpperInvariant(letters[0]) + letters[1..];
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private static string CSharpTypeName(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ when type == typeof(float) => "float",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(string) => "string",
        _ when type == typeof(short) => "short",
        _ when type == typeof(byte) => "byte",
        _ when type == typeof(object) => "string",
        _ => type.Name,
    };
}
