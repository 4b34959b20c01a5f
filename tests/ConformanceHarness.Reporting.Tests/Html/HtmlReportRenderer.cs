using ConformanceHarness.TestSupport;
using System.Net;
using System.Text.RegularExpressions;
using ConformanceHarness.Reporting.Tests.Support;

namespace ConformanceHarness.Reporting.Tests.Html;

/// <summary>
/// Renders NDJSON with the official Cucumber HTML formatter (tools/render-html.mjs) and lets headless
/// Chromium draw it; returns the visible text of the drawn page (script and style elements removed,
/// entities decoded). The report collapses passed features, so a small script appended to a copy of the
/// page presses every collapsed disclosure button, as a reader would, before the DOM is dumped.
/// </summary>
public static partial class HtmlReportRenderer
{
    private static readonly string Tools = RepositoryRoot.Tools;

    private const string ExpandEverything =
        "<script>setInterval(function () { document.querySelectorAll('button[aria-expanded=\"false\"]')" +
        ".forEach(function (button) { button.click(); }); }, 200);</script>";

    public static string? Chromium => ExternalTool.Find("chromium", "chromium-browser");

    public static bool FormatterInstalled => Directory.Exists(Path.Combine(Tools, "node_modules", "@cucumber", "html-formatter"));

    public static async Task<string> RenderVisibleTextAsync(string ndjsonPath)
    {
        var html = Path.ChangeExtension(ndjsonPath, ".html");
        await ExternalTool.RunAsync("node", [Path.Combine(Tools, "render-html.mjs"), ndjsonPath, html], Tools, TimeSpan.FromMinutes(1));
        var expanded = Path.ChangeExtension(ndjsonPath, ".expanded.html");
        await File.WriteAllTextAsync(expanded, await File.ReadAllTextAsync(html) + ExpandEverything);
        var profile = Directory.CreateTempSubdirectory("harness-chromium-").FullName;
        var dom = await ExternalTool.RunAsync(Chromium!,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", new Uri(expanded).AbsoluteUri,
        ], Tools, TimeSpan.FromMinutes(2));
        return VisibleText(dom);
    }

    public static string VisibleText(string dom)
    {
        var withoutScripts = StyleElement().Replace(ScriptElement().Replace(dom, " "), " ");
        var withoutTags = Tag().Replace(withoutScripts, " ");
        return WebUtility.HtmlDecode(withoutTags);
    }

    [GeneratedRegex("<script\\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex("<style\\b[^>]*>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
