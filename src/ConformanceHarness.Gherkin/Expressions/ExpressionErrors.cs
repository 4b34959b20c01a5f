namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Builds the error messages of the Cucumber Expressions specification (caret under the column).</summary>
internal static class ExpressionErrors
{
    public static CucumberExpressionException AlternativeMayNotExclusivelyContainOptionals(ExpressionNode node, string expression) =>
        At(node.Start, node.End, expression, "An alternative may not exclusively contain optionals",
            "If you did not mean to use an optional you can use '\\(' to escape the '('");

    public static CucumberExpressionException AlternativeMayNotBeEmpty(ExpressionNode node, string expression) =>
        At(node.Start, node.End, expression, "Alternative may not be empty",
            "If you did not mean to use an alternative you can use '\\/' to escape the '/'");

    public static CucumberExpressionException OptionalMayNotBeEmpty(ExpressionNode node, string expression) =>
        At(node.Start, node.End, expression, "An optional must contain some text",
            "If you did not mean to use an optional you can use '\\(' to escape the '('");

    public static CucumberExpressionException ParameterIsNotAllowedInOptional(ExpressionNode node, string expression) =>
        At(node.Start, node.End, expression, "An optional may not contain a parameter type",
            "If you did not mean to use an parameter type you can use '\\{' to escape the '{'");

    public static CucumberExpressionException OptionalIsNotAllowedInOptional(ExpressionNode node, string expression) =>
        At(node.Start, node.End, expression, "An optional may not contain an other optional",
            "If you did not mean to use an optional type you can use '\\(' to escape the '('. " +
            "For more complicated expressions consider using a regular expression instead.");

    public static CucumberExpressionException EndOfLineCanNotBeEscaped(string expression, int index) =>
        At(index, index + 1, expression, "The end of line can not be escaped", "You can use '\\\\' to escape the '\\'");

    public static CucumberExpressionException MissingEndToken(ExpressionToken begin, string expression)
    {
        var (open, close, purpose) = begin.Type == ExpressionTokenType.BeginParameter
            ? ("{", "}", "a parameter")
            : ("(", ")", "optional text");
        return At(begin.Start, begin.End, expression, $"The '{open}' does not have a matching '{close}'",
            $"If you did not intend to use {purpose} you can use '\\{open}' to escape the {purpose}");
    }

    public static CucumberExpressionException AlternationNotAllowedInOptional(ExpressionToken token, string expression) =>
        At(token.Start, token.End, expression, "An alternation can not be used inside an optional",
            "You can use '\\/' to escape the '/'");

    public static CucumberExpressionException CantEscape(string expression, int index) =>
        At(index, index + 1, expression,
            "Only the characters '{', '}', '(', ')', '\\', '/' and whitespace can be escaped",
            "If you did mean to use an '\\' you can use '\\\\' to escape it");

    public static CucumberExpressionException InvalidParameterTypeName(ExpressionToken token, string expression) =>
        At(token.Start, token.End, expression, "Parameter names may not contain '{', '}', '(', ')', '\\' or '/'",
            "Did you mean to use a regular expression?");

    public static UndefinedParameterTypeException UndefinedParameterType(ExpressionNode node, string expression, string name) =>
        new(name, expression, Message(node.Start, node.End, expression, $"Undefined parameter type '{name}'",
            $"Please register a ParameterType for '{name}'"));

    private static CucumberExpressionException At(int start, int end, string expression, string problem, string solution) =>
        new(Message(start, end, expression, problem, solution));

    private static string Message(int start, int end, string expression, string problem, string solution) =>
        $"This Cucumber Expression has a problem at column {start + 1}:\n\n{expression}\n{Pointer(start, end)}\n" +
        $"{problem}.\n{solution}";

    /// <summary>A caret under <paramref name="start"/>; a span of two or more is drawn as ^---^.</summary>
    private static string Pointer(int start, int end) =>
        start + 1 < end
            ? new string(' ', start) + "^" + new string('-', end - start - 2) + "^"
            : new string(' ', start) + "^";
}
