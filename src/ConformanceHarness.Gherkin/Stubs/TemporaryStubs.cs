// TEMPORARY: replaced by the real implementations from the expr and tags branches before merge.
#pragma warning disable
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Io.Cucumber.Messages.Types;

namespace ConformanceHarness.Gherkin.Expressions
{
    public enum StepExpressionKind { CucumberExpression, RegularExpression }
    public sealed class ParameterType
    {
        public ParameterType(string name, IReadOnlyList<string> regularExpressions, Type valueType, Func<string?[], object?> transform, bool useForSnippets = true, bool preferForRegularExpressionMatch = false, bool isBuiltIn = false)
        { Name = name; RegularExpressions = regularExpressions; ValueType = valueType; _t = transform; UseForSnippets = useForSnippets; PreferForRegularExpressionMatch = preferForRegularExpressionMatch; IsBuiltIn = isBuiltIn; }
        private readonly Func<string?[], object?> _t;
        public string Name { get; } public IReadOnlyList<string> RegularExpressions { get; } public Type ValueType { get; }
        public bool UseForSnippets { get; } public bool PreferForRegularExpressionMatch { get; } public bool IsBuiltIn { get; }
        public object? Transform(string?[] g) => _t(g);
        public string? Id { get; set; } public object? Origin { get; set; }
    }
    public sealed class ParameterTypeRegistry
    {
        private readonly List<ParameterType> _all = new();
        public void Define(ParameterType type) { if (_all.Any(t => t.Name == type.Name)) throw new CucumberExpressionException("dup " + type.Name); _all.Add(type); }
        public bool TryLookupByName(string name, [NotNullWhen(true)] out ParameterType? type) { type = _all.FirstOrDefault(t => t.Name == name); return type != null; }
        public IEnumerable<ParameterType> All => _all; public IEnumerable<ParameterType> Custom => _all.Where(t => !t.IsBuiltIn);
    }
    public abstract class StepExpression
    {
        public abstract string Source { get; } public abstract StepExpressionKind Kind { get; } public abstract Regex Regex { get; }
        public abstract IReadOnlyList<StepArgument>? Match(string text);
    }
    public sealed class CucumberExpression : StepExpression
    {
        public CucumberExpression(string expression, ParameterTypeRegistry registry) { Source = expression; Regex = new Regex("^" + Regex.Escape(expression).Replace(@"\{int}", "(-?\\d+)").Replace(@"\{string}", "\"([^\"]*)\"").Replace(@"\{word}", "([^\\s]+)").Replace(@"\{}", "(.*)") + "$"); }
        public override string Source { get; } public override StepExpressionKind Kind => StepExpressionKind.CucumberExpression; public override Regex Regex { get; }
        public override IReadOnlyList<StepArgument>? Match(string text) { var m = Regex.Match(text); if (!m.Success) return null; return m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => new StepArgument(new StepArgumentGroup(g.Index, g.Value, []), null)).ToList(); }
    }
    public sealed class RegularExpression : StepExpression
    {
        public RegularExpression(string pattern, ParameterTypeRegistry registry) { Source = pattern; Regex = new Regex("^(?:" + pattern + ")$"); }
        public override string Source { get; } public override StepExpressionKind Kind => StepExpressionKind.RegularExpression; public override Regex Regex { get; }
        public override IReadOnlyList<StepArgument>? Match(string text) { var m = Regex.Match(text); if (!m.Success) return null; return m.Groups.Cast<System.Text.RegularExpressions.Group>().Skip(1).Select(g => new StepArgument(new StepArgumentGroup(g.Success ? g.Index : null, g.Success ? g.Value : null, []), null)).ToList(); }
    }
    public sealed record StepArgumentGroup(int? Start, string? Value, IReadOnlyList<StepArgumentGroup> Children);
    public sealed class StepArgument
    {
        public StepArgument(StepArgumentGroup group, ParameterType? type) { Group = group; ParameterType = type; }
        public StepArgumentGroup Group { get; } public ParameterType? ParameterType { get; }
        public object? GetValue(Type targetType, CultureInfo culture) => StepValueConverter.Convert(Group.Value, targetType, culture);
    }
    public static class StepValueConverter { public static object? Convert(string? value, Type targetType, CultureInfo culture) => value is null ? null : System.Convert.ChangeType(value, Nullable.GetUnderlyingType(targetType) ?? targetType, culture); }
    public sealed record GeneratedExpression(string Source, IReadOnlyList<string> ParameterNames, IReadOnlyList<Type> ParameterTypes);
    public sealed class CucumberExpressionGenerator
    {
        public CucumberExpressionGenerator(ParameterTypeRegistry registry) { }
        public IReadOnlyList<GeneratedExpression> Generate(string stepText) => [new GeneratedExpression(stepText, [], [])];
    }
    public class CucumberExpressionException : System.Exception { public CucumberExpressionException(string m) : base(m) { } }
    public sealed class UndefinedParameterTypeException : CucumberExpressionException { public UndefinedParameterTypeException(string n, string e) : base(n) { ParameterTypeName = n; Expression = e; } public string ParameterTypeName { get; } public string Expression { get; } }
}

namespace ConformanceHarness.Gherkin.Tags
{
    public abstract class TagExpression
    {
        public static TagExpression Parse(string text) => new Simple(text);
        public static TagExpression True => new Simple("");
        public abstract bool Evaluate(IReadOnlyCollection<string> tags);
        private sealed class Simple(string t) : TagExpression
        {
            public override bool Evaluate(IReadOnlyCollection<string> tags) => t.Trim().Length == 0 || (t.StartsWith("not ") ? !tags.Contains(t[4..].Trim()) : tags.Contains(t.Trim()));
            public override string ToString() => t;
        }
    }
    public sealed class TagExpressionException : System.Exception { public TagExpressionException(string m) : base(m) { } }
}

namespace ConformanceHarness.Gherkin.Tables
{
    public sealed class DataTable
    {
        public DataTable(IReadOnlyList<IReadOnlyList<string>> rows) { Raw = rows; }
        public static DataTable FromPickle(PickleTable table) => new(table.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => c.Value).ToList()).ToList());
        public IReadOnlyList<IReadOnlyList<string>> Raw { get; }
        public IReadOnlyList<IReadOnlyList<string>> Transpose() => Enumerable.Range(0, Raw[0].Count).Select(c => (IReadOnlyList<string>)Raw.Select(r => r[c]).ToList()).ToList();
    }
    public sealed class DocString
    {
        public DocString(string content, string? mediaType) { Content = content; MediaType = mediaType; }
        public static DocString FromPickle(PickleDocString d) => new(d.Content, d.MediaType);
        public string Content { get; } public string? MediaType { get; }
        public override string ToString() => Content;
    }
}
