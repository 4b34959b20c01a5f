using System.Text.Json.Nodes;

namespace ConformanceHarness.Evidence.Tests;

public sealed class EvidenceLogConcurrencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sixteen_writers_through_a_small_buffer_make_one_valid_chain_with_every_record_once()
    {
        const int Writers = 16, PerWriter = 200;
        var path = TempLog.NewPath();
        var log = EvidenceLog.Create(path, new EvidenceLogOptions { Capacity = 8 });

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; n < PerWriter; n++)
            {
                var entry = new EvidenceEntry("test.concurrent", DateTimeOffset.UtcNow, $"writer-{writer}", new JsonObject { ["writer"] = writer, ["n"] = n });
                if (n % 2 == 0) log.Append(entry);
                else await log.AppendAsync(entry, Token);
            }
        }, Token)));
        await log.CompleteAsync();

        var report = await EvidenceLog.VerifyAsync(path, Token);
        var records = await EvidenceLog.ReadAsync(path, Token).Where(r => r.Kind == "test.concurrent").ToListAsync(Token);
        Assert.True(report.IsIntact && report.IsClosed, report.Message);
        Assert.Equal(Writers * PerWriter + 1, report.Lines);
        var seen = records.Select(r => (r.Payload.GetProperty("writer").GetInt32(), r.Payload.GetProperty("n").GetInt32())).ToList();
        Assert.Equal(Writers * PerWriter, seen.Distinct().Count());
        Assert.Equal(Writers * PerWriter, seen.Count);
        Assert.All(records.GroupBy(r => r.ConnectionId), writer => Assert.Equal(Enumerable.Range(0, PerWriter), writer.Select(r => r.Payload.GetProperty("n").GetInt32())));
    }
}
