using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Tests.IO.Fuzzing;

/// <summary>
/// Reads DICOM bytes on a worker task with a time budget, loading every lazy value too, and returns what
/// was thrown (null on success). A read that outlives its budget fails the test as a hang.
/// </summary>
public static class BoundedRead
{
    public static async Task<Exception?> ReadAsync(Func<Stream> open, DicomReadOptions options, TimeSpan budget, string what)
    {
        var read = Task.Run(() =>
        {
            using var stream = open();
            var file = DicomFile.Read(stream, options);
            Touch(file.FileMetaInformation);
            Touch(file.Dataset);
        });
        try
        {
            await read.WaitAsync(budget, TestContext.Current.CancellationToken);
            return null;
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{what}: the read did not finish within {budget.TotalSeconds} s (hang)");
            throw;
        }
        catch (Exception error) when (read.IsFaulted)
        {
            return error;
        }
    }

    public static Task<Exception?> ReadAsync(byte[] bytes, DicomReadOptions options, TimeSpan budget, string what) =>
        ReadAsync(() => new MemoryStream(bytes, writable: false), options, budget, what);

    /// <summary>Loads every value, so lazy buffers are read back from the source as well.</summary>
    private static void Touch(DicomDataset dataset)
    {
        foreach (var item in dataset)
        {
            if (item is DicomElement element) _ = element.Bytes;
            else if (item is DicomSequence sequence) sequence.Items.ForEach(Touch);
            else if (item is DicomFragmentSequence fragments) fragments.Fragments.ForEach(fragment => _ = fragment.Data);
        }
    }
}
