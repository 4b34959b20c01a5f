namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>Scans .NET regular expression source for group openings and closings.</summary>
internal static class CaptureGroupTreeReader
{
    public static CaptureGroupTree Read(string pattern)
    {
        var stack = new Stack<CaptureGroupTree>();
        stack.Push(CaptureGroupTree.Root());
        var nextNumber = 1;
        var escaping = false;
        var classStart = -1;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (escaping)
            {
                escaping = false;
            }
            else if (c == '\\')
            {
                escaping = true;
            }
            else if (classStart >= 0)
            {
                classStart = EndsCharacterClass(pattern, classStart, i) ? -1 : classStart;
            }
            else if (c == '[')
            {
                classStart = i;
            }
            else if (c == '(')
            {
                var (name, capturing) = Describe(pattern, i);
                stack.Push(CaptureGroupTree.Group(name, capturing, ref nextNumber));
            }
            else if (c == ')' && stack.Count > 1)
            {
                var closed = stack.Pop();
                stack.Peek().Attach(closed);
            }
        }

        return stack.Last();
    }

    /// <summary>A ']' closes a class unless it is the first character of it (after an optional '^').</summary>
    private static bool EndsCharacterClass(string pattern, int classStart, int index)
    {
        if (pattern[index] != ']')
        {
            return false;
        }

        var first = classStart + 1 < pattern.Length && pattern[classStart + 1] == '^' ? classStart + 2 : classStart + 1;
        return index != first;
    }

    /// <summary>Classifies the group opened at <paramref name="index"/>: (x), (?&lt;name&gt;x), (?'name'x) capture.</summary>
    private static (string? Name, bool Capturing) Describe(string pattern, int index)
    {
        if (index + 1 >= pattern.Length || pattern[index + 1] != '?')
        {
            return (null, true);
        }

        var kind = index + 2 < pattern.Length ? pattern[index + 2] : '\0';
        var next = index + 3 < pattern.Length ? pattern[index + 3] : '\0';
        if (kind == '\'' || (kind == '<' && next is not ('=' or '!')))
        {
            var close = kind == '<' ? '>' : '\'';
            var end = pattern.IndexOf(close, index + 3);
            var name = end < 0 ? string.Empty : pattern[(index + 3)..end].Split('-')[0];
            return name.Length == 0 ? (null, false) : (name, true);
        }

        return (null, false);
    }
}
