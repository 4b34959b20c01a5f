namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>A report's words: the findings (the narrative body) and the conclusion (impression).</summary>
public sealed record ReportText(string Findings, string Conclusion);
