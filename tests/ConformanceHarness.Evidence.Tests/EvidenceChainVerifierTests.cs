using System.Security.Cryptography;
using System.Text;

namespace ConformanceHarness.Evidence.Tests;

/// <summary>Tampering with a written log, each way found at the line where it was done.</summary>
public sealed class EvidenceChainVerifierTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 40)]
    [InlineData(3, -30)]
    [InlineData(7, 20)]
    public async Task Changing_one_byte_is_found_on_that_line(int line, int offset)
    {
        var path = await TempLog.WriteAsync(6);
        var lines = TempLog.Lines(path);
        var bytes = lines[line - 1];
        bytes[offset >= 0 ? offset : bytes.Length + offset] ^= 0x01;
        TempLog.Rewrite(path, lines);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal((line, "hash"), (report.Break?.Line, report.Break?.Field));
        Assert.StartsWith($"evidence log {path}, line {line}: hash expected ", report.Message);
        Assert.NotEqual(report.Break!.Expected, report.Break.Found);
    }

    [Fact]
    public async Task Rewriting_a_line_with_a_matching_hash_is_found_by_the_prev_of_the_next_line()
    {
        var path = await TempLog.WriteAsync(6);
        var lines = TempLog.Lines(path);
        var original = Convert.ToHexStringLower(SHA256.HashData(lines[2]));
        lines[2] = Forge(lines[2], "\"n\":3", "\"n\":9");
        TempLog.Rewrite(path, lines);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal(new EvidenceChainBreak(4, "prev", Convert.ToHexStringLower(SHA256.HashData(lines[2])), original,
            "line 3 is not the line that preceded it when written"), report.Break);
    }

    [Fact]
    public async Task Deleting_a_line_is_found_where_it_is_missing()
    {
        var path = await TempLog.WriteAsync(6);
        var lines = TempLog.Lines(path);
        lines.RemoveAt(2);
        TempLog.Rewrite(path, lines);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal($"evidence log {path}, line 3: seq expected 3, found 4; 1 line(s) before it are missing, or lines were moved", report.Message);
    }

    [Fact]
    public async Task Swapping_two_lines_is_found_at_the_first_of_them()
    {
        var path = await TempLog.WriteAsync(6);
        var lines = TempLog.Lines(path);
        (lines[3], lines[4]) = (lines[4], lines[3]);
        TempLog.Rewrite(path, lines);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal(new EvidenceChainBreak(4, "seq", "4", "5", "1 line(s) before it are missing, or lines were moved"), report.Break);
    }

    [Fact]
    public async Task Removing_the_closing_line_keeps_the_chain_but_the_log_is_not_closed()
    {
        var path = await TempLog.WriteAsync(6);
        var lines = TempLog.Lines(path);
        lines.RemoveAt(lines.Count - 1);
        TempLog.Rewrite(path, lines);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.True(report.IsIntact);
        Assert.False(report.IsClosed);
        Assert.Contains("does not end with the closing record: lines were removed after line 6, or its writer did not finish", report.Message);
    }

    [Fact]
    public async Task A_file_cut_mid_line_is_found_on_the_cut_line()
    {
        var path = await TempLog.WriteAsync(6);
        var bytes = await File.ReadAllBytesAsync(path, Token);
        await File.WriteAllBytesAsync(path, bytes[..^30], Token);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal((7, "line feed"), (report.Break?.Line, report.Break?.Field));
        Assert.Contains("its writer stopped mid-line, or the file was cut", report.Message);
    }

    [Fact]
    public async Task A_file_that_is_not_an_evidence_log_is_reported_at_line_1()
    {
        var path = TempLog.NewPath();
        await File.WriteAllTextAsync(path, "MRN 12345, not evidence\n", Token);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal($"evidence log {path}, line 1: hash expected the line to end with ,\"hash\":\"<64 hex digits>\"}}, "
            + "found 'MRN 12345, not evidence'; the line was changed or is not an evidence record", report.Message);
    }

    [Fact]
    public async Task An_empty_file_is_intact_but_not_closed_and_says_it_is_empty()
    {
        var path = TempLog.NewPath();
        await File.WriteAllBytesAsync(path, [], Token);

        var report = await EvidenceLog.VerifyAsync(path, Token);

        Assert.Equal((true, false, null), (report.IsIntact, report.IsClosed, report.Head));
        Assert.Equal($"evidence log {path} is empty: its writer wrote nothing, or everything was removed", report.Message);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_naming_it()
    {
        var path = TempLog.NewPath();

        var error = await Assert.ThrowsAsync<EvidenceLogException>(() => EvidenceLog.VerifyAsync(path, Token));

        Assert.StartsWith($"cannot read evidence log {path}: ", error.Message);
    }

    /// <summary>Replaces text in a line and recomputes its own hash, as a careful forger would.</summary>
    private static byte[] Forge(byte[] line, string from, string to)
    {
        var text = Encoding.UTF8.GetString(line);
        var hashed = text[..text.LastIndexOf(",\"hash\":\"", StringComparison.Ordinal)];
        Assert.Contains(from, hashed);
        var body = hashed.Replace(from, to, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes($"{body},\"hash\":\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))}\"}}");
    }
}
