using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// Copy-on-write edits of an <see cref="ArtifactSet"/>'s DICOM instances: the files an edit touches are deep copies
/// (data set and file meta cloned), the others are the input's own objects, and the input is never changed. Studies
/// and series are addressed by index, in order of first appearance in the set (see <see cref="DicomMutationBase"/>).
/// </summary>
internal static class DicomEdits
{
    public static string StudyUid(this DicomFile file) => file.Dataset.GetString(DicomTags.StudyInstanceUID);

    public static string SeriesUid(this DicomFile file) => file.Dataset.GetString(DicomTags.SeriesInstanceUID);

    /// <summary>The Study Instance UID of the set's <paramref name="study"/>-th study (0-based, in order of first appearance).</summary>
    /// <exception cref="ArgumentException">The set has fewer studies (it is not shaped like <see cref="DicomMutationBase"/>'s).</exception>
    public static string StudyUidAt(this ArtifactSet set, int study) =>
        At([.. set.Dicom.Select(StudyUid).Distinct()], study, "study");

    /// <summary>The Series Instance UID of the <paramref name="series"/>-th series of the <paramref name="study"/>-th study.</summary>
    public static string SeriesUidAt(this ArtifactSet set, int study, int series)
    {
        var studyUid = set.StudyUidAt(study);
        return At([.. set.Dicom.Where(f => f.StudyUid() == studyUid).Select(SeriesUid).Distinct()], series, $"series of study {study}");
    }

    /// <summary>A deep copy: its data set and file meta can be changed without touching <paramref name="file"/>.</summary>
    public static DicomFile Copy(this DicomFile file) =>
        new(file.Dataset.Clone(), file.FileMetaInformation.Clone()) { TransferSyntax = file.TransferSyntax, Preamble = file.Preamble };

    /// <summary>The set with <paramref name="edit"/> applied to a copy of every instance <paramref name="which"/> selects.</summary>
    public static ArtifactSet Edit(this ArtifactSet set, Func<DicomFile, bool> which, Action<DicomFile> edit) =>
        set with { Dicom = [.. set.Dicom.Select(file => which(file) ? Edited(file, edit) : file)] };

    public static ArtifactSet EditStudy(this ArtifactSet set, int study, Action<DicomDataset> edit)
    {
        var uid = set.StudyUidAt(study);
        return set.Edit(file => file.StudyUid() == uid, file => edit(file.Dataset));
    }

    public static ArtifactSet EditSeries(this ArtifactSet set, int study, int series, Action<DicomDataset> edit)
    {
        var uid = set.SeriesUidAt(study, series);
        return set.Edit(file => file.SeriesUid() == uid, file => edit(file.Dataset));
    }

    /// <summary>Edits the <paramref name="image"/>-th instance (0-based) of a series only.</summary>
    public static ArtifactSet EditImage(this ArtifactSet set, int study, int series, int image, Action<DicomFile> edit)
    {
        var uid = set.SeriesUidAt(study, series);
        var target = At([.. set.Dicom.Where(f => f.SeriesUid() == uid)], image, $"image of series {series} of study {study}");
        return set.Edit(file => ReferenceEquals(file, target), edit);
    }

    /// <summary>The set with <paramref name="extra"/> added at its end.</summary>
    public static ArtifactSet Append(this ArtifactSet set, IEnumerable<DicomFile> extra) => set with { Dicom = [.. set.Dicom, .. extra] };

    /// <summary>The first item of the sequence <paramref name="tag"/> (every synthetic sequence has one).</summary>
    public static DicomDataset Item(this DicomDataset dataset, DicomTag tag) => dataset.GetSequence(tag).Items[0];

    /// <summary>Another identifier of the same length and shape: the last digit moved on by one (or a last letter made '0').</summary>
    public static string Another(string identifier) =>
        identifier[..^1] + (char.IsAsciiDigit(identifier[^1]) ? (char)('0' + (identifier[^1] - '0' + 1) % 10) : '0');

    /// <summary>
    /// A new UID, the same for the same <paramref name="basis"/>: <c>2.25.</c> and the first 128 bits of the basis's SHA-256
    /// as a decimal integer (PS3.5 B.2 form; not derived by appending to another UID).
    /// </summary>
    public static string NewUid(string basis)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(basis));
        return "2.25." + new BigInteger(hash.AsSpan(0, 16), isUnsigned: true).ToString(CultureInfo.InvariantCulture);
    }

    private static T At<T>(IReadOnlyList<T> items, int index, string what) => index < items.Count ? items[index]
        : throw new ArgumentException($"the mutation needs {what} number {index + 1}, but the set has {items.Count}: apply it to a set shaped like DicomMutationBase.Create's");

    private static DicomFile Edited(DicomFile file, Action<DicomFile> edit)
    {
        var copy = file.Copy();
        edit(copy);
        return copy;
    }
}
