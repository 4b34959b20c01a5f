using System.Globalization;

namespace ConformanceHarness.Dicom.Values;

/// <summary>
/// The DA value representation, PS3.5 Table 6.2-1: "YYYYMMDD", e.g. "19930822".
/// </summary>
/// <remarks>
/// Trailing space padding is ignored. <see cref="TryParse"/> also accepts the retired ACR-NEMA form
/// "YYYY.MM.DD" (Table 6.2-1, note); <see cref="DicomValueValidator"/> reports it as
/// <see cref="ValueViolationCodes.RetiredFormat"/>.
/// </remarks>
public static class DicomDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateText.Parse(Digits.TrimPadding(text), out date, out _) == ParseStatus.Ok;
    }

    public static DateOnly Parse(string text) =>
        TryParse(text, out var date)
            ? date
            : throw new DicomFormatException($"DA value '{text}' is not a date of the form YYYYMMDD");

    public static string Format(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
