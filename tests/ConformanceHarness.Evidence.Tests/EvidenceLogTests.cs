using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ConformanceHarness.Evidence.Tests;

public sealed class EvidenceLogTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_returns_each_record_in_order_with_its_envelope()
    {
        var path = TempLog.NewPath();
        await using (var log = EvidenceLog.Create(path))
        {
            log.Append(TempLog.Entry(1) with { Source = "scu" });
            await log.AppendAsync(TempLog.Entry(2, "test.other"), Token);
        }

        var records = await EvidenceLog.ReadAsync(path, Token).ToListAsync(Token);

        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(["test.event", "test.other", EvidenceKinds.LogClosed], records.Select(r => r.Kind));
        Assert.Equal((new DateTimeOffset(2025, 1, 2, 3, 4, 6, TimeSpan.Zero), "scu", "conn-1", 1), (records[0].Time, records[0].Source, records[0].ConnectionId, records[0].Payload.GetProperty("n").GetInt32()));
        Assert.Null(records[1].Source);
        Assert.Equal(2, records[2].Payload.GetProperty("records").GetInt32());
    }

    [Fact]
    public async Task Each_line_chains_to_the_SHA256_of_the_previous_lines_bytes()
    {
        var path = await TempLog.WriteAsync(3);

        var lines = TempLog.Lines(path);
        var records = await EvidenceLog.ReadAsync(path, Token).ToListAsync(Token);

        Assert.Equal(new string('0', 64), records[0].Prev);
        for (var i = 1; i < records.Count; i++) Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(lines[i - 1])), records[i].Prev);
    }

    [Fact]
    public async Task A_completed_log_verifies_intact_and_closed_with_the_head_the_writer_reported()
    {
        var path = TempLog.NewPath();
        var log = EvidenceLog.Create(path);
        for (var n = 1; n <= 5; n++) log.Append(TempLog.Entry(n));
        await log.CompleteAsync();

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.True(report.IsIntact, report.Message);
        Assert.True(report.IsClosed, report.Message);
        Assert.Equal(6, report.Lines);
        Assert.Equal(log.Head, report.Head);
        Assert.Equal($"evidence log {path}: 6 lines, hash chain intact, closed by its writer; head {log.Head}", report.Message);
    }

    [Fact]
    public async Task Append_after_completion_fails_naming_the_log_and_the_record()
    {
        var path = TempLog.NewPath();
        var log = EvidenceLog.Create(path);
        await log.CompleteAsync();

        var error = Assert.Throws<EvidenceLogException>(() => log.Append(TempLog.Entry(1, "test.late")));

        Assert.Equal($"evidence log {path} is complete; record 'test.late' was not appended", error.Message);
    }

    [Fact]
    public async Task Create_refuses_an_existing_file_and_leaves_it_unchanged()
    {
        var path = await TempLog.WriteAsync(1);
        var before = await File.ReadAllBytesAsync(path, Token);

        var error = Assert.Throws<EvidenceLogException>(() => EvidenceLog.Create(path));

        Assert.StartsWith($"cannot create evidence log {path}: ", error.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(path, Token));
    }

    [Fact]
    public async Task ReadAsync_names_the_line_that_is_not_a_record()
    {
        var path = TempLog.NewPath();
        await File.WriteAllTextAsync(path, "{\"seq\":1}\n", Token);

        var error = await Assert.ThrowsAsync<EvidenceLogException>(async () => await EvidenceLog.ReadAsync(path, Token).ToListAsync(Token));

        Assert.Equal($"evidence log {path}, line 1: field \"time\" expected as a JSON string, found nothing", error.Message);
    }

    [Fact]
    public async Task ReadAsync_yields_the_whole_lines_then_names_the_cut_one()
    {
        var path = await TempLog.WriteAsync(2);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        await File.WriteAllBytesAsync(path, bytes[..^10], Token);
        var read = new List<EvidenceRecord>();

        var error = await Assert.ThrowsAsync<EvidenceLogException>(async () =>
        {
            await foreach (var record in EvidenceLog.ReadAsync(path, Token)) read.Add(record);
        });

        Assert.Equal([1L, 2L], read.Select(r => r.Sequence));
        Assert.Equal($"evidence log {path}, line 3: incomplete (no line feed at the end): its writer stopped mid-line", error.Message);
    }

    [Fact]
    public async Task Payload_is_written_as_given_and_not_kept_by_reference()
    {
        var path = TempLog.NewPath();
        var payload = new JsonObject { ["value"] = "first" };
        await using (var log = EvidenceLog.Create(path))
        {
            log.Append(new EvidenceEntry("test.event", DateTimeOffset.UnixEpoch, null, payload));
            payload["value"] = "changed after append";
        }

        var record = await EvidenceLog.ReadAsync(path, Token).FirstAsync(Token);

        Assert.Equal("first", record.Payload.GetProperty("value").GetString());
        Assert.Equal(DateTimeOffset.UnixEpoch, record.Time);
        Assert.Null(record.ConnectionId);
    }
}
