namespace ConformanceHarness.Gherkin.Tables;

/// <summary>
/// Thrown when a data table cannot be bound to a type: unknown or read-only column, no usable constructor,
/// or a cell value that cannot be converted.
/// </summary>
public sealed class DataTableBindingException : Exception
{
    public DataTableBindingException(string message)
        : base(message)
    {
    }

    public DataTableBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
