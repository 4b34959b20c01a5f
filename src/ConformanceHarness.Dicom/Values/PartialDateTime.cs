namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// A DT value as written: its first moment, the last moment its precision leaves open ("2024" runs to the
/// end of 2024), and whether it carried its own offset.
/// </summary>
internal readonly record struct PartialDateTime(DateTimeOffset Start, DateTimeOffset End, bool HasOffset);
