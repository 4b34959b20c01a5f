using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// A discriminator path (FHIR R4 §5.1.0.5): the restricted FHIRPath of <c>$this</c>, child names, <c>extension('url')</c>,
/// <c>resolve()</c> and <c>ofType(X)</c>, parsed once and evaluated on instances without the FHIRPath engine.
/// </summary>
internal sealed class DiscriminatorPath
{
    private DiscriminatorPath(string text, IReadOnlyList<PathStep> steps) => (Text, Steps) = (text, steps);

    public string Text { get; }

    public IReadOnlyList<PathStep> Steps { get; }

    /// <summary>The parsed path, or null when a step is not one the specification allows.</summary>
    public static DiscriminatorPath? Parse(string text)
    {
        var steps = new List<PathStep>();
        foreach (var part in Split(text))
        {
            if (part is "$this" or "") continue;
            if (part == "resolve()") steps.Add(new(PathStepKind.Resolve, ""));
            else if (Argument(part, "extension(") is { } url) steps.Add(new(PathStepKind.Extension, url.Trim('\'', '"')));
            else if (Argument(part, "ofType(") is { } type) steps.Add(new(PathStepKind.OfType, type));
            else if (part.All(c => char.IsLetterOrDigit(c) || c == '_')) steps.Add(new(PathStepKind.Child, part));
            else return null;
        }
        return new(text, steps);
    }

    /// <summary>The nodes at this path below <paramref name="node"/>; null when a reference on the way cannot be resolved.</summary>
    public List<ITypedElement>? Select(ITypedElement node, ValidationRun run)
    {
        var current = new List<ITypedElement> { node };
        foreach (var step in Steps)
        {
            var next = new List<ITypedElement>();
            foreach (var item in current)
                if (!Apply(step, item, next, run)) return null;
            current = next;
        }
        return current;
    }

    private static bool Apply(PathStep step, ITypedElement item, List<ITypedElement> next, ValidationRun run)
    {
        switch (step.Kind)
        {
            case PathStepKind.Child: next.AddRange(item.Children(step.Argument)); return true;
            case PathStepKind.OfType: if (item.InstanceType == step.Argument) next.Add(item); return true;
            case PathStepKind.Resolve:
                if (ReferenceResolver.Resolve(item, run) is not { } target) return false;
                next.Add(target);
                return true;
            default:
                foreach (var extension in item.Children("extension"))
                    if (extension.Children("url").FirstOrDefault()?.Value as string == step.Argument) next.Add(extension);
                return true;
        }
    }

    private static string? Argument(string part, string function) =>
        part.StartsWith(function, StringComparison.Ordinal) && part.EndsWith(')') ? part[function.Length..^1] : null;

    /// <summary>Splits on dots outside parentheses and quotes (an extension url has dots).</summary>
    private static List<string> Split(string text)
    {
        var parts = new List<string>();
        var (depth, quoted, start) = (0, false, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')') depth--;
            else if (!quoted && depth == 0 && c == '.') { parts.Add(text[start..i].Trim()); start = i + 1; }
        }
        parts.Add(text[start..].Trim());
        return parts;
    }

    public override string ToString() => Text;
}
