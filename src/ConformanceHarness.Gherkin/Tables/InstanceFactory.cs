using System.Reflection;

namespace ConformanceHarness.Gherkin.Tables;

/// <summary>
/// Creates an object from table fields: fields matching parameters of the best constructor are passed to it,
/// the remaining fields are assigned to settable properties.
/// </summary>
internal static class InstanceFactory
{
    public static object Create(TypeMembers members, IReadOnlyList<TableField> fields)
    {
        RequireDistinctColumns(members, fields);
        foreach (var field in fields)
        {
            members.RequireBindable(field.Column);
        }

        var byKey = fields.ToDictionary(field => field.Key, StringComparer.Ordinal);
        var constructor = ChooseConstructor(members, byKey);
        var parameters = constructor?.GetParameters() ?? [];
        var arguments = parameters.Select(parameter => Argument(parameter, byKey)).ToArray();
        var instance = constructor is null ? Activator.CreateInstance(members.Type)! : constructor.Invoke(arguments);

        var consumed = parameters.Select(parameter => ColumnName.Normalize(parameter.Name!)).ToHashSet(StringComparer.Ordinal);
        foreach (var field in fields.Where(field => !consumed.Contains(field.Key)))
        {
            var property = members.Settable(field.Column) ?? throw new DataTableBindingException(
                $"Column '{field.Column}' matches a constructor parameter of {members.Type.Name} that the chosen " +
                $"constructor {Signature(constructor)} does not take, and no settable property.");
            property.SetValue(instance, CellConverter.Convert(field, property.PropertyType));
        }

        return instance;
    }

    private static void RequireDistinctColumns(TypeMembers members, IReadOnlyList<TableField> fields)
    {
        var clash = fields.GroupBy(field => field.Key, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            var columns = string.Join("', '", clash.Select(field => field.Column));
            throw new DataTableBindingException(
                $"The columns '{columns}' all map to the same member of {members.Type.Name}.");
        }
    }

    /// <summary>
    /// Picks the public constructor whose required parameters all have columns, preferring the one that takes
    /// the most columns; null means "use the implicit default constructor of a struct".
    /// </summary>
    private static ConstructorInfo? ChooseConstructor(TypeMembers members, Dictionary<string, TableField> byKey)
    {
        bool Covered(ParameterInfo p) => p.Name is not null && byKey.ContainsKey(ColumnName.Normalize(p.Name));

        var viable = members.Constructors
            .Where(ctor => ctor.GetParameters().All(p => Covered(p) || p.HasDefaultValue))
            .OrderByDescending(ctor => ctor.GetParameters().Count(Covered))
            .ThenBy(ctor => ctor.GetParameters().Length)
            .FirstOrDefault();
        if (viable is not null || members.Type.IsValueType)
        {
            return viable;
        }

        var hints = members.Constructors.Select(ctor =>
            $"{Signature(ctor)} needs '{string.Join("', '", ctor.GetParameters().Where(p => !Covered(p) && !p.HasDefaultValue).Select(p => p.Name))}'");
        throw new DataTableBindingException(
            $"Cannot create {members.Type.Name}: no public constructor can be called with the table's columns " +
            $"({string.Join(", ", byKey.Values.Select(field => field.Column))}). {string.Join("; ", hints)}.");
    }

    private static object? Argument(ParameterInfo parameter, Dictionary<string, TableField> byKey) =>
        byKey.TryGetValue(ColumnName.Normalize(parameter.Name!), out var field)
            ? CellConverter.Convert(field, parameter.ParameterType)
            : parameter.DefaultValue;

    private static string Signature(ConstructorInfo? constructor) => constructor is null
        ? "()"
        : $"{constructor.DeclaringType?.Name}({string.Join(", ", constructor.GetParameters().Select(p => p.Name))})";
}
