using System.Globalization;
using System.Text;

namespace ConformanceHarness.Dicom.Validation.Rules.Modules;

/// <summary>
/// One clause of a 1C/2C condition as the module data expresses it (<c>tools/dicom-modules/module-types.txt</c> lists
/// the kinds): an attribute of the same item <c>present</c>, <c>absent</c>, <c>hasValue</c>, <c>equals</c> one
/// of <see cref="Values"/>, <c>greaterThan</c> a number; the instance's <c>sopClass</c>; an IOD
/// that <c>iodDoesNotRequire</c> <see cref="Modules"/> (the SOP classes in <see cref="Values"/>; undecided for those in
/// <see cref="Undecided"/>, whose IOD has one as C, and for SOP classes the data does not describe); the file's <c>transferSyntax</c>; or
/// <c>unknown</c>, a fact no data set holds. Three-valued: null is "cannot be decided from the data set".
/// </summary>
public sealed record AttributeCondition(string Kind, DicomTag? Tag, IReadOnlyList<string> Values)
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(
        ["present", "absent", "hasValue", "equals", "greaterThan", "sopClass", "iodDoesNotRequire", "transferSyntax", "unknown"], StringComparer.Ordinal);

    private readonly HashSet<string> _values = new(Values, StringComparer.Ordinal);

    private readonly byte[][] _asciiValues = [.. Values.Select(Encoding.ASCII.GetBytes)];

    /// <summary>For <c>iodDoesNotRequire</c>: the modules the IOD does not require (<c>*suffix</c>: any module id ending so).</summary>
    public IReadOnlyList<string> Modules { get; init; } = [];

    /// <summary>For <c>iodDoesNotRequire</c>: the SOP classes whose IOD has one of <see cref="Modules"/> as C (and none as M).</summary>
    public IReadOnlySet<string> Undecided { get; init; } = new HashSet<string>();

    /// <summary>True or false when the data decides the clause in <paramref name="scope"/>; null when it cannot.</summary>
    public bool? Evaluate(ConditionScope scope) => Kind switch
    {
        "present" => scope.Item.Contains(Tag!.Value),
        "absent" => !scope.Item.Contains(Tag!.Value),
        "hasValue" => scope.Item.TryGetItem(Tag!.Value, out var found) && !AttributePresence.IsEmpty(scope.Item, found),
        "equals" => scope.Item.TryGetElement(Tag!.Value, out var element) && IsOneOfTheValues(scope.Item, element),
        "greaterThan" => scope.Item.TryGetValues<double>(Tag!.Value, out var numbers) && numbers.Length == 1
            && numbers[0] > double.Parse(Values[0], CultureInfo.InvariantCulture),
        "sopClass" => _values.Contains(scope.SopClass),
        "iodDoesNotRequire" => IodDoesNotRequire(scope.SopClass),
        "transferSyntax" => scope.FileMeta.TryGetElement(DicomFileMetaInformation.TransferSyntaxUid, out var syntax) ? IsOneOfTheValues(scope.FileMeta, syntax) : null,
        _ => null,
    };

    /// <summary>
    /// Whether the element's value, without surrounding spaces and NUL padding, is one of <see cref="Values"/>. The
    /// values are defined terms and UIDs, whose VRs (CS, UI) the character set does not apply to, so their bytes are
    /// compared as they are, without decoding; another VR is decoded.
    /// </summary>
    private bool IsOneOfTheValues(DicomDataset item, DicomElement element)
    {
        if (element.VR != DicomVR.CS && element.VR != DicomVR.UI)
            return item.TryGetString(element.Tag, out var text) && _values.Contains(text.Trim());
        var bytes = element.Bytes.Span.Trim(" \0"u8);
        foreach (var value in _asciiValues)
            if (bytes.SequenceEqual(value)) return true;
        return false;
    }

    private bool? IodDoesNotRequire(string sopClass)
    {
        if (sopClass.Length == 0 || Undecided.Contains(sopClass)) return null;
        if (_values.Contains(sopClass)) return true;
        return ModuleData.DescribedSopClasses.Contains(sopClass) ? false : null;
    }

    public override string ToString() => Kind switch
    {
        "unknown" => Kind,
        "iodDoesNotRequire" => $"{Kind} {string.Join('|', Modules)}",
        _ when Tag is { } tag => $"{Kind} {tag} {string.Join('|', Values)}".TrimEnd(),
        _ => $"{Kind} {string.Join('|', Values)}",
    };
}
