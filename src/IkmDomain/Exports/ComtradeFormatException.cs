using System;

namespace IkmDomain.Exports;

/// <summary>A UN Comtrade file has a bad row (or a bad header): says which row, which field and what was wrong.</summary>
public sealed class ComtradeFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ComtradeFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ComtradeFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ComtradeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one row.</summary>
    /// <param name="rowNumber">The 1-based data row (0 for the header or the document's structure).</param>
    /// <param name="field">The field at fault, if one.</param>
    /// <param name="value">The bad value as read, if any.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ComtradeFormatException(int rowNumber, string? field, string? value, string problem, Exception? innerException = null)
        : base(BuildMessage(rowNumber, field, value, problem), innerException)
    {
        RowNumber = rowNumber;
        Field = field;
        Value = value;
    }

    /// <summary>The 1-based data row (the first record after a CSV header, or the first element of the JSON <c>data</c> array, is 1); 0 for the header or the document's structure.</summary>
    public int RowNumber { get; }

    /// <summary>The field at fault (for example <c>partnerCode</c>), or null.</summary>
    public string? Field { get; }

    /// <summary>The bad value as read, or null.</summary>
    public string? Value { get; }

    private static string BuildMessage(int rowNumber, string? field, string? value, string problem)
    {
        var where = rowNumber == 0 ? "Header" : "Row " + rowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var what = field is null ? string.Empty : value is null ? $", field '{field}'" : $", field '{field}' = '{value}'";
        return where + what + ": " + problem;
    }
}
