namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// An identifier of a C-FIND, C-MOVE or C-GET that cannot be served, with the status to answer: A900 Identifier Does Not
/// Match SOP Class (no or an unknown level, a missing unique key) or C000 Unable to Process (a value that is no valid key).
/// </summary>
public sealed class QueryIdentifierException(string message, ushort statusCode) : Exception(message)
{
    public const ushort IdentifierDoesNotMatchSopClass = 0xA900;

    public const ushort UnableToProcess = 0xC000;

    public ushort StatusCode { get; } = statusCode;

    public static QueryIdentifierException Mismatch(string message) => new(message, IdentifierDoesNotMatchSopClass);

    public static QueryIdentifierException Unprocessable(string message) => new(message, UnableToProcess);
}
