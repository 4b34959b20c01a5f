namespace ConformanceHarness.Evidence;

/// <summary>An evidence log that cannot be written or read: the message names the file, and the line where it applies.</summary>
public sealed class EvidenceLogException(string message, Exception? inner = null) : Exception(message, inner);
