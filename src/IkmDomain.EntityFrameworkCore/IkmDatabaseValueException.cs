using System;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// A value read from (or about to be written to) the database is not a valid IkmDomain value: for example
/// a 12-digit NIB that another system wrote into the <c>Nib</c> column. The message names the entity type,
/// the column, the value, the row's key (when the query runs with <c>UseIkmDomain()</c> on its options; see
/// <see cref="IkmDbContextOptionsBuilderExtensions.UseIkmDomain"/>) and the rule the value breaks.
/// </summary>
public sealed class IkmDatabaseValueException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity type's name, or null when unknown (a query parameter).</param>
    /// <param name="column">The column (or property) name.</param>
    /// <param name="value">The offending provider value, as text.</param>
    /// <param name="key">The row's key (<c>Id=5</c>), or null when unknown.</param>
    /// <param name="innerException">The parser's exception, which names the rule.</param>
    public IkmDatabaseValueException(string? entityType, string column, string? value, string? key, Exception innerException)
        : base(BuildMessage(entityType, column, value, key, innerException), innerException)
    {
        EntityType = entityType;
        Column = column;
        Value = value;
        Key = key;
    }

    /// <summary>The entity type's name, or null.</summary>
    public string? EntityType { get; }

    /// <summary>The column name.</summary>
    public string Column { get; }

    /// <summary>The bad value as text (null for a database NULL in a required column).</summary>
    public string? Value { get; }

    /// <summary>The row's key, such as <c>Id=5</c>, or null when it is not known.</summary>
    public string? Key { get; }

    private static string BuildMessage(string? entityType, string column, string? value, string? key, Exception inner)
    {
        var where = entityType is null ? $"column '{column}'" : $"column '{column}' of {entityType}";
        var row = key is null ? string.Empty : $" in the row with key {key}";
        var shown = value is null ? "NULL" : $"'{value}'";
        return $"The database value {shown} in {where}{row} is not valid: {inner.Message}";
    }
}
