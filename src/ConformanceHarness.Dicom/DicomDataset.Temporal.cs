using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>A DA value as a date.</summary>
    public DateOnly GetDate(DicomTag tag) =>
        TryGetDate(tag, out var date) ? date : throw Unreadable(tag, "a date (DA: YYYYMMDD)");

    public bool TryGetDate(DicomTag tag, out DateOnly date)
    {
        date = default;
        return TryGetString(tag, out var text) && DicomDate.TryParse(text, out date);
    }

    /// <summary>A TM value as a time of day.</summary>
    public TimeOnly GetTime(DicomTag tag) =>
        TryGetTime(tag, out var time) ? time : throw Unreadable(tag, "a time (TM: HHMMSS.FFFFFF)");

    public bool TryGetTime(DicomTag tag, out TimeOnly time)
    {
        time = default;
        return TryGetString(tag, out var text) && DicomTime.TryParse(text, out time);
    }

    /// <summary>
    /// A DT value with its offset: the value's own suffix, else Timezone Offset From UTC (0008,0201)
    /// of this data set or a parent, else UTC.
    /// </summary>
    public DateTimeOffset GetDateTime(DicomTag tag) =>
        TryGetDateTime(tag, out var value) ? value : throw Unreadable(tag, "a date time (DT: YYYYMMDDHHMMSS.FFFFFF&ZZXX)");

    public bool TryGetDateTime(DicomTag tag, out DateTimeOffset value)
    {
        value = default;
        return TryGetString(tag, out var text) && DicomDateTime.TryParse(text, TimezoneOffset, out value);
    }

    /// <summary>A DA and a TM element combined (e.g. Study Date and Study Time) at the data set's timezone offset.</summary>
    public DateTimeOffset GetDateTime(DicomTag dateTag, DicomTag timeTag) =>
        new(GetDate(dateTag).ToDateTime(TryGetTime(timeTag, out var time) ? time : TimeOnly.MinValue), TimezoneOffset);

    /// <summary>Timezone Offset From UTC (0008,0201) in force here (this data set or a parent), zero when absent or malformed.</summary>
    public TimeSpan TimezoneOffset =>
        TryGetString(DicomTags.TimezoneOffsetFromUTC, out var text) && DicomOffset.TryParse(text, out var offset) ? offset
        : Parent?.TimezoneOffset ?? TimeSpan.Zero;

    private DicomDataException Unreadable(DicomTag tag, string expected) =>
        Contains(tag) ? new DicomDataException($"{tag} value '{GetStringOrDefault(tag, "")}' is not {expected}", tag)
        : new DicomDataException($"{tag} is not in the data set", tag);
}
