namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// What one string VR demands of a single value: its repertoire (named for messages), the meaning of a
/// leading space, whether an all-space value is forbidden, how length is measured and the format check.
/// </summary>
/// <param name="Format">Runs only on values whose characters are all allowed; receives the value without padding.</param>
internal sealed record VRValueRule(
    string Repertoire,
    Func<char, bool> Allows,
    LeadingSpaces Leading,
    Func<string, IEnumerable<ValueViolation>> Format,
    Func<string, int>? Measure = null,
    bool RejectsBlank = false)
{
    public int LengthOf(string value) => Measure?.Invoke(value) ?? value.Length;
}
