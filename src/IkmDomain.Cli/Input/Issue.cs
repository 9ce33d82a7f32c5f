using FluentValidation;

namespace IkmDomain.Cli.Input;

/// <summary>One reported problem of one record: where, which property, the rule's code, the value and why.</summary>
/// <param name="Line">The CSV line, or null for JSON.</param>
/// <param name="Record">The 1-based record number.</param>
/// <param name="Property">The property (or CSV column) name; empty for the whole record.</param>
/// <param name="Column">The 1-based CSV column, or null.</param>
/// <param name="Code">The IKM error code.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">The message, in the chosen language.</param>
/// <param name="Value">The value as written (clipped), or null.</param>
internal sealed record Issue(int? Line, int Record, string Property, int? Column, string Code, Severity Severity, string Message, string? Value)
{
    /// <summary>The record's name (SKU, NIB or id), when it has one.</summary>
    public string? Item { get; init; }
}
