using System.Text;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// UID rules and generation, PS3.5 §9: components of digits separated by dots, no empty component, no
/// leading zero except the component "0", at most 64 bytes, and a first component that is an ISO/IEC 8824
/// root arc (0, 1 or 2).
/// </summary>
public static partial class DicomUid
{
    /// <summary>PS3.5 §9.1: a UID is at most 64 bytes.</summary>
    public const int MaxLength = 64;

    public static bool IsValid(string uid) => Validate(uid).Count == 0;

    public static IReadOnlyList<ValueViolation> Validate(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        if (uid.Length == 0)
        {
            return [new(ValueViolationCodes.UidEmpty, "UID is empty")];
        }

        var violations = new List<ValueViolation>();
        if (Encoding.UTF8.GetByteCount(uid) > MaxLength)
        {
            violations.Add(new(ValueViolationCodes.TooLong, $"UID '{uid}' is {Encoding.UTF8.GetByteCount(uid)} bytes; UI allows at most {MaxLength}"));
        }

        var bad = uid.AsSpan().IndexOfAnyExcept("0123456789.");
        if (bad >= 0)
        {
            violations.Add(new(ValueViolationCodes.InvalidCharacter, $"UID '{uid}' has '{uid[bad]}' (U+{(int)uid[bad]:X4}) at {bad}; only digits and dots are allowed"));
            return violations;
        }

        violations.AddRange(ValidateStructure(uid));
        return violations;
    }

    /// <summary>The component rules of §9.1 for text already known to hold only digits and dots.</summary>
    internal static IEnumerable<ValueViolation> ValidateStructure(string uid)
    {
        var components = uid.Split('.');
        for (var i = 0; i < components.Length; i++)
        {
            var component = components[i];
            if (component.Length == 0)
            {
                yield return new(ValueViolationCodes.UidEmptyComponent, $"UID '{uid}' has an empty component at position {i + 1}");
            }
            else if (component.Length > 1 && component[0] == '0')
            {
                yield return new(ValueViolationCodes.UidLeadingZero, $"UID '{uid}' component {i + 1} '{component}' has a leading zero");
            }
        }

        if (components[0] is not ("0" or "1" or "2") && components[0].Length > 0)
        {
            yield return new(ValueViolationCodes.UidBadRoot, $"UID '{uid}' starts with '{components[0]}'; the root arc must be 0, 1 or 2");
        }
    }
}
