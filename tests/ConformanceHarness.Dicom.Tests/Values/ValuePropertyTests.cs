using System.Globalization;
using ConformanceHarness.Dicom.Values;
using FsCheck;
using FsCheck.Fluent;

namespace ConformanceHarness.Dicom.Tests.Values;

/// <summary>Round-trip and bound properties of the value codecs, checked by FsCheck over generated values.</summary>
public sealed class ValuePropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    private static readonly Gen<DateOnly> Dates =
        Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    private static readonly Gen<string> TimeTexts =
        from seconds in Gen.Choose(0, 86_399)
        from digits in Gen.Choose(0, 6)
        from fraction in Gen.Choose(0, 999_999)
        let whole = TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(seconds)).ToString("HHmmss", CultureInfo.InvariantCulture)
        select digits == 0 ? whole : whole + "." + fraction.ToString("D6", CultureInfo.InvariantCulture)[..digits];

    private static readonly Gen<DateTimeOffset> Moments =
        from date in Dates.Where(d => d.Year is > 1 and < 9999)
        from microseconds in Gen.Choose(0, 86_399_999).SelectMany(ms => Gen.Choose(0, 999).Select(us => (ms * 1000L) + us))
        from offsetMinutes in Gen.Choose(-720, 840)
        select new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue).AddTicks(microseconds * 10), TimeSpan.FromMinutes(offsetMinutes));

    private static readonly Gen<double> Doubles =
        Gen.Choose(int.MinValue, int.MaxValue).Two()
            .Select(pair => BitConverter.Int64BitsToDouble(((long)pair.Item1 << 32) | (uint)pair.Item2))
            .Where(double.IsFinite);

    private static readonly Gen<string> UidRoots =
        from first in Gen.Elements("0", "1", "2")
        from rest in Gen.Choose(0, 99_999_999).Select(n => n.ToString(CultureInfo.InvariantCulture)).ListOf()
        let root = string.Join('.', rest.Prepend(first))
        where root.Length <= 64 - 1 - DicomUid.MinimumSuffixDigits
        select root;

    [Fact]
    public void DicomDate_FormatThenParse_IsIdentity() =>
        Check.One(Quick, Prop.ForAll(Dates.ToArbitrary(), date =>
            DicomDate.Parse(DicomDate.Format(date)) == date
            && DicomDate.Format(DicomDate.Parse(DicomDate.Format(date))) == DicomDate.Format(date)));

    [Fact]
    public void DicomTime_ParseThenFormat_IsIdentityOnValidText() =>
        Check.One(Quick, Prop.ForAll(TimeTexts.ToArbitrary(), text =>
            DicomTime.Format(DicomTime.Parse(text), text.Length > 6 ? text.Length - 7 : 0) == text));

    [Fact]
    public void DicomDateTime_FormatThenParse_IsIdentity() =>
        Check.One(Quick, Prop.ForAll(Moments.ToArbitrary(), moment =>
        {
            var text = DicomDateTime.Format(moment);
            var parsed = DicomDateTime.Parse(text);
            return parsed == moment && parsed.Offset == moment.Offset && DicomDateTime.Format(parsed) == text;
        }));

    [Fact]
    public void DicomDecimalString_Format_FitsSixteenCharactersAndReadsBack() =>
        Check.One(Quick.WithMaxTest(5_000), Prop.ForAll(Doubles.ToArbitrary(), value =>
        {
            var text = DicomDecimalString.Format(value);
            return text.Length <= 16
                && DicomValueValidator.Validate(DicomVR.DS, text).Count == 0
                && DicomDecimalString.TryParseDouble(text, out var read)
                && Math.Abs(read - value) <= (Math.Abs(value) * 1e-8) + double.Epsilon;
        }));

    [Fact]
    public void DicomUid_Generate_AlwaysValid() =>
        Check.One(Quick, Prop.ForAll(UidRoots.ToArbitrary(), root =>
        {
            var uid = DicomUid.Generate(root);
            var uuid = DicomUid.Generate();
            return uid.StartsWith(root + ".", StringComparison.Ordinal) && uid.Length <= 64
                && DicomUid.IsValid(uid) && DicomUid.IsValid(uuid);
        }));
}
