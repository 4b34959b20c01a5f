using System.Reflection;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>The public properties and constructors of a type, indexed by normalized column name.</summary>
internal sealed class TypeMembers
{
    private readonly Dictionary<string, PropertyInfo> _readable = new(StringComparer.Ordinal);

    public TypeMembers(Type type)
    {
        Type = type;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            {
                _readable.TryAdd(ColumnName.Normalize(property.Name), property);
            }
        }

        Constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
    }

    public Type Type { get; }

    public IReadOnlyList<ConstructorInfo> Constructors { get; }

    public PropertyInfo? Readable(string column) => _readable.GetValueOrDefault(ColumnName.Normalize(column));

    public PropertyInfo? Settable(string column) =>
        Readable(column) is { SetMethod.IsPublic: true } property ? property : null;

    public bool IsConstructorParameter(string column) =>
        Constructors.Any(ctor => ctor.GetParameters().Any(p => p.Name is not null && ColumnName.Matches(column, p.Name)));

    public bool IsBindable(string column) => Settable(column) is not null || IsConstructorParameter(column);

    public PropertyInfo RequireReadable(string column) => Readable(column) ?? throw UnknownColumn(column, _readable.Values);

    /// <summary>Throws unless the column maps to a settable property or a constructor parameter.</summary>
    public void RequireBindable(string column)
    {
        if (IsBindable(column))
        {
            return;
        }

        if (Readable(column) is { } readOnly)
        {
            throw new DataTableBindingException(
                $"Column '{column}' matches the read-only property {Type.Name}.{readOnly.Name}, which has no public " +
                "setter and no constructor parameter.");
        }

        throw UnknownColumn(column, _readable.Values.Where(p => IsBindable(p.Name)));
    }

    private DataTableBindingException UnknownColumn(string column, IEnumerable<PropertyInfo> candidates)
    {
        var names = candidates.Select(p => p.Name).Order(StringComparer.Ordinal);
        return new DataTableBindingException(
            $"Column '{column}' matches no property of {Type.Name} (properties: {string.Join(", ", names)}).");
    }
}
