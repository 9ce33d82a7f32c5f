using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IkmDomain.Cli.Commands;

/// <summary>One record of an input file: where it is (JSON item or CSV line) and its data as JSON.</summary>
internal sealed record InputRecord(string Location, JsonElement Data, string? Problem)
{
    /// <summary>The value of a top-level string property (case-insensitive), for naming the record.</summary>
    public string? Text(string name)
    {
        if (Data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in Data.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>Whether the record has a property of that name (case-insensitive).</summary>
    public bool Has(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Reads a JSON array (or a single object) or a CSV file with a header row into <see cref="InputRecord"/>s,
/// and turns records into typed objects with System.Text.Json (the tool is not trimmed, so reflection is fine here).
/// </summary>
internal static class InputRecords
{
    /// <summary>The separator of list values (materials, image links, KBLI codes) inside one CSV cell.</summary>
    public const char ListSeparator = '|';

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads the records of <paramref name="path"/>; CSV columns are matched to the properties of <paramref name="target"/>.</summary>
    /// <exception cref="InputFileException">The file is missing, unreadable, or not JSON/CSV of the expected shape.</exception>
    public static List<InputRecord> Read(string path, Type target)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (FileNotFoundException)
        {
            throw new InputFileException($"{path}: file not found.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputFileException($"{path}: file not found (no such directory).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputFileException($"{path}: cannot read the file: {ex.Message}");
        }

        var extension = Path.GetExtension(path);
        var json = extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
            || (!extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) && text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('[') | text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'));
        return json ? ReadJson(text, path) : ReadCsv(text, path, target);
    }

    /// <summary>Turns a record into <typeparamref name="T"/>, or explains (property and reason) why it cannot.</summary>
    public static bool TryConvert<T>(InputRecord record, out T? value, out string property, out string problem)
        where T : class
    {
        value = null;
        property = "";
        if (record.Problem is not null)
        {
            problem = record.Problem;
            return false;
        }

        if (record.Data.ValueKind != JsonValueKind.Object)
        {
            problem = $"expected an object, found {record.Data.ValueKind.ToString().ToLowerInvariant()}";
            return false;
        }

        try
        {
            value = record.Data.Deserialize<T>(Options);
            problem = "";
            return value is not null;
        }
        catch (JsonException ex)
        {
            property = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "";
            problem = Describe(ex);
            return false;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            problem = ex.Message;
            return false;
        }
    }

    /// <summary>The top-level properties of a JSON record that <paramref name="target"/> does not have (they are ignored).</summary>
    public static IEnumerable<string> UnknownProperties(InputRecord record, Type target)
    {
        if (record.Data.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var known = target.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => Normalize(p.Name)).ToHashSet(StringComparer.Ordinal);
        return record.Data.EnumerateObject().Select(p => p.Name).Where(n => !known.Contains(Normalize(n))).ToArray();
    }

    private static string Describe(JsonException ex)
    {
        // System.Text.Json appends "Path: $.x | LineNumber: 0 | ..." to its own messages; the path is shown separately.
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (ex.InnerException is { } inner && inner is not JsonException)
        {
            message += " " + inner.Message;
        }

        return message;
    }

    private static List<InputRecord> ReadJson(string text, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {(line + 1).ToString(CultureInfo.InvariantCulture)}" : "";
            throw new InputFileException($"{path}: not valid JSON{where}: {Describe(ex)}");
        }

        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Array => root.EnumerateArray().Select((e, i) => new InputRecord($"item {(i + 1).ToString(CultureInfo.InvariantCulture)}", e, null)).ToList(),
            JsonValueKind.Object => [new InputRecord("item 1", root, null)],
            _ => throw new InputFileException($"{path}: expected a JSON array of records, found {root.ValueKind.ToString().ToLowerInvariant()}."),
        };
    }

    private static List<InputRecord> ReadCsv(string text, string path, Type target)
    {
        var rows = CsvTable.Parse(text, path);
        if (rows.Count == 0)
        {
            throw new InputFileException($"{path}: the file is empty; expected a CSV header row naming the columns.");
        }

        var properties = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => Normalize(p.Name), StringComparer.Ordinal);
        var header = rows[0].Fields;
        var columns = new PropertyInfo[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            if (!properties.TryGetValue(Normalize(header[i]), out var property))
            {
                var known = string.Join(", ", properties.Values.Where(IsCsvType).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
                throw new InputFileException($"{path}: line 1: unknown column '{header[i]}'. Columns: {known}.");
            }

            if (!IsCsvType(property))
            {
                throw new InputFileException($"{path}: line 1: column '{header[i]}' holds nested records, which CSV cannot express; use JSON for it.");
            }

            if (Array.IndexOf(columns, property) >= 0)
            {
                throw new InputFileException($"{path}: line 1: column '{header[i]}' appears twice.");
            }

            columns[i] = property;
        }

        var records = new List<InputRecord>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var location = $"line {row.Line.ToString(CultureInfo.InvariantCulture)}";
            if (row.Fields.Count != columns.Length)
            {
                var problem = $"the row has {row.Fields.Count.ToString(CultureInfo.InvariantCulture)} fields but the header has {columns.Length.ToString(CultureInfo.InvariantCulture)}";
                records.Add(new InputRecord(location, default, problem));
                continue;
            }

            var obj = new JsonObject();
            for (var i = 0; i < columns.Length; i++)
            {
                var cell = row.Fields[i].Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                var name = JsonNamingPolicy.CamelCase.ConvertName(columns[i].Name);
                obj[name] = IsList(columns[i].PropertyType)
                    ? new JsonArray(cell.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray())
                    : JsonValue.Create(cell);
            }

            records.Add(new InputRecord(location, JsonSerializer.SerializeToElement(obj), null));
        }

        return records;
    }

    private static string Normalize(string name) =>
        new string(name.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsCsvType(PropertyInfo property)
    {
        var type = property.PropertyType;
        if (!IsList(type))
        {
            return true;
        }

        var element = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
        return element is not null && (element == typeof(string) || element.IsValueType);
    }
}
