namespace ConformanceHarness.Dicom.Values;

/// <summary>How a value's text parsed: the validator turns the failures into violation codes.</summary>
internal enum ParseStatus
{
    Ok,
    BadFormat,
    OutOfRange,
}
