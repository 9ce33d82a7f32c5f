using System;
using System.Globalization;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// Names the column a converter reads and writes, for error messages; set by the IkmDomain convention on
/// each mapped property.
/// </summary>
public sealed class IkmColumn
{
    /// <summary>A column with no name (a query parameter or a converter used on its own).</summary>
    public static readonly IkmColumn Unknown = new(null, "(value)");

    /// <summary>Creates the description.</summary>
    /// <param name="entityType">The entity type's short name, or null.</param>
    /// <param name="column">The column name.</param>
    public IkmColumn(string? entityType, string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        EntityType = entityType;
        _column = new Lazy<string>(column);
    }

    /// <summary>Creates a description whose column name is computed when first needed (after the model is built).</summary>
    internal IkmColumn(string? entityType, Func<string> column)
    {
        EntityType = entityType;
        _column = new Lazy<string>(column);
    }

    private readonly Lazy<string> _column;

    /// <summary>The entity type's short name, or null.</summary>
    public string? EntityType { get; }

    /// <summary>The column name.</summary>
    public string Column => _column.Value;

    internal IkmDatabaseValueException Bad(object? value, Exception inner) =>
        new(EntityType, Column, Convert.ToString(value, CultureInfo.InvariantCulture), IkmRowContext.KeyFor(EntityType), inner);
}

/// <summary>The key of the row being materialized on this thread (set by <see cref="IkmMaterializationInterceptor"/>).</summary>
internal static class IkmRowContext
{
    [ThreadStatic]
    private static string? t_entityType;

    [ThreadStatic]
    private static string? t_key;

    public static void Enter(string entityType, string key)
    {
        t_entityType = entityType;
        t_key = key;
    }

    public static void Leave()
    {
        t_entityType = null;
        t_key = null;
    }

    public static string? KeyFor(string? entityType) =>
        entityType is not null && string.Equals(entityType, t_entityType, StringComparison.Ordinal) ? t_key : null;
}
