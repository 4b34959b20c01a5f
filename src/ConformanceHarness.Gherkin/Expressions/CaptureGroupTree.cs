using System.Text.RegularExpressions;

namespace ConformanceHarness.Gherkin.Expressions;

/// <summary>
/// The nesting of the capture groups of a regular expression, read from its source, so that a match can be
/// turned into a tree of <see cref="StepArgumentGroup"/>s. Non-capturing groups and lookarounds are left out;
/// the capture groups inside them are attached to the enclosing capture group.
/// </summary>
internal sealed class CaptureGroupTree
{
    private readonly List<CaptureGroupTree> _children = [];

    private CaptureGroupTree(string? name, bool capturing)
    {
        Name = name;
        Capturing = capturing;
    }

    /// <summary>.NET group name for named groups; null for numbered groups.</summary>
    public string? Name { get; }

    /// <summary>.NET group number of an unnamed group (0 for the root).</summary>
    public int Number { get; private set; }

    public bool Capturing { get; }

    public IReadOnlyList<CaptureGroupTree> Children => _children;

    public static CaptureGroupTree Parse(string pattern) => CaptureGroupTreeReader.Read(pattern);

    internal static CaptureGroupTree Root() => new(null, capturing: true);

    internal static CaptureGroupTree Group(string? name, bool capturing, ref int nextNumber)
    {
        var node = new CaptureGroupTree(name, capturing);
        if (capturing && name is null)
        {
            node.Number = nextNumber++;
        }

        return node;
    }

    /// <summary>Attaches a closed group to this one; a non-capturing group hands over its children instead.</summary>
    internal void Attach(CaptureGroupTree closed)
    {
        if (closed.Capturing)
        {
            _children.Add(closed);
        }
        else
        {
            _children.AddRange(closed._children);
        }
    }

    /// <summary>The group tree of a match of <paramref name="regex"/> spanning all of <paramref name="text"/>; else null.</summary>
    public StepArgumentGroup? Match(Regex regex, string text)
    {
        var match = regex.Match(text);
        if (!match.Success || match.Index != 0 || match.Length != text.Length)
        {
            return null;
        }

        return Build(match);
    }

    private StepArgumentGroup Build(Match match)
    {
        var group = Name is null ? match.Groups[Number] : match.Groups[Name];
        var children = _children.Select(child => child.Build(match)).ToArray();
        return group.Success
            ? new StepArgumentGroup(group.Index, group.Value, children)
            : new StepArgumentGroup(null, null, children);
    }
}
