using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Feeds;
using IkmDomain.Validation;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Input;

/// <summary>The kinds of record the tool validates.</summary>
internal enum RecordKind
{
    Product,
    Business,
    Sentra,
    Export,
}

/// <summary>
/// Turns raw records (CSV cells or JSON items) into typed records and runs the library's validators,
/// reporting every problem with its line, column, code, value and a message of the library or the
/// tool, never a .NET conversion message. One instance per file; not thread-safe.
/// </summary>
internal sealed partial class RecordChecker
{
    internal const string CannotRead = "IKM131";
    internal const string BadRecord = "IKM132";
    internal const string UnknownColumn = "IKM133";

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly CraftProductValidator ProductValidator = new();
    private static readonly IkmBusinessValidator BusinessValidator = new();
    private static readonly SentraValidator SentraValidator = new();
    private static readonly ExportRecordValidator ExportValidator = new();

    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,

        // A record's constructor parameters (ExportRecord's period, partner, value, source) are required columns:
        // a missing one is reported by name (IKM001), not filled with a default that may pass for a value.
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly InputFile _file;
    private readonly Type _target;
    private readonly PropertyInfo?[] _columns;
    private readonly Dictionary<string, PropertyInfo> _properties;
    private readonly HashSet<string> _reportedUnknown = new(StringComparer.Ordinal);
    private readonly IValidator<CraftProduct>? _readiness;
    private readonly HashSet<string> _missingColumns = new(StringComparer.Ordinal);

    public RecordChecker(InputFile file, RecordKind kind, Marketplace? marketplace)
    {
        _file = file;
        Kind = kind;
        _target = kind switch
        {
            RecordKind.Product => typeof(CraftProductInput),
            RecordKind.Business => typeof(IkmBusiness),
            RecordKind.Sentra => typeof(Sentra),
            _ => typeof(ExportRecord),
        };
        _properties = PropertiesOf(_target);
        _readiness = marketplace is { } m ? MarketplaceReadiness.For(m) : null;
        _columns = new PropertyInfo?[file.Columns.Count];
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_properties.TryGetValue(Normalize(file.Columns[i]), out var property))
            {
                if (!IsFlat(property.PropertyType))
                {
                    throw new Tool.ToolException(T(
                        $"{file.Path}: column '{Clip(file.Columns[i])}' holds nested records, which CSV cannot express; use JSON for it.",
                        $"{file.Path}: kolom '{Clip(file.Columns[i])}' berisi rekaman bersarang yang tidak dapat ditulis dalam CSV; gunakan JSON."));
                }

                if (Array.IndexOf(_columns, property) >= 0)
                {
                    throw new Tool.ToolException(T($"{file.Path}: column '{Clip(file.Columns[i])}' appears twice.", $"{file.Path}: kolom '{Clip(file.Columns[i])}' muncul dua kali."));
                }

                _columns[i] = property;
            }
        }

        if (!file.IsJson)
        {
            foreach (var required in RequiredMembers(kind))
            {
                if (Array.FindIndex(_columns, c => c is not null && Normalize(c.Name) == Normalize(required)) < 0)
                {
                    _missingColumns.Add(Normalize(required));
                }
            }
        }
    }

    /// <summary>True when the CSV header lacks a required column: every record is then invalid.</summary>
    public bool HeaderBroken => _missingColumns.Count > 0;

    /// <summary>
    /// The members a record of <paramref name="kind"/> cannot be read without, camelCase: the record's
    /// <c>required</c> members (business, sentra), its constructor's parameters (export), or what the product
    /// validator reports as IKM001 on an empty product.
    /// </summary>
    internal static IReadOnlyList<string> RequiredMembers(RecordKind kind) => RequiredByKind[(int)kind];

    private static readonly IReadOnlyList<string>[] RequiredByKind =
    [
        ProductValidator.Validate(new CraftProductInput()).Errors
            .Where(e => e.ErrorCode == IkmErrorCodes.Required).Select(e => Camel(e.PropertyName.Split('.', '[')[0])).Distinct().ToList(),
        RequiredOf(typeof(IkmBusiness)),
        RequiredOf(typeof(Sentra)),
        typeof(ExportRecord).GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters().Select(p => Camel(p.Name!)).ToList(),
    ];

    private static List<string> RequiredOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.RequiredMemberAttribute"))
            .Select(p => Camel(p.Name)).ToList();

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string RequiredMessage(string member) => IkmMessages.Get(IkmErrorCodes.Required).Replace("{PropertyName}", member, StringComparison.Ordinal);

    public RecordKind Kind { get; }

    /// <summary>The record kind a file holds, from its CSV header or its first JSON record; null when it cannot be told.</summary>
    public static RecordKind? Guess(IEnumerable<string> names)
    {
        var set = names.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return set.Contains("SKU") ? RecordKind.Product
            : set.Contains("NIB") ? RecordKind.Business
            : set.Contains("MAINCOMMODITY") || set.Contains("VILLAGE") ? RecordKind.Sentra
            : set.Contains("PARTNER") || set.Contains("PERIOD") ? RecordKind.Export
            : set.Contains("TITLE") || set.Contains("PRICE") ? RecordKind.Product
            : null;
    }

    /// <summary>
    /// Errors for required columns the CSV header lacks (IKM001, each once, from line 1) and warnings for
    /// columns the record type does not have (once per file).
    /// </summary>
    public IEnumerable<Issue> HeaderIssues()
    {
        foreach (var required in RequiredMembers(Kind))
        {
            if (_missingColumns.Contains(Normalize(required)))
            {
                yield return new Issue(_file.HeaderLine, 0, required, null, IkmErrorCodes.Required, Severity.Error,
                    T($"Required column '{required}' is missing from the header; no {KindWord} record can be valid without it.",
                      $"Kolom wajib '{required}' tidak ada di baris judul; tidak ada rekaman yang valid tanpanya."), null);
            }
        }

        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is null)
            {
                var nearest = Tool.Suggest.Nearest(_file.Columns[i], _properties.Values.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
                var hint = nearest is null ? "" : T($" (did you mean {nearest}?)", $" (maksud Anda {nearest}?)");
                yield return new Issue(_file.HeaderLine, 0, Clip(_file.Columns[i], 60), i + 1, UnknownColumn, Severity.Warning,
                    T($"Unknown column '{Clip(_file.Columns[i], 60)}' is ignored{hint}.", $"Kolom '{Clip(_file.Columns[i], 60)}' tidak dikenal dan diabaikan{hint}."), null);
            }
        }
    }

    /// <summary>Checks one record; <paramref name="product"/> is the product when the record is a valid product (and marketplace-ready when asked).</summary>
    public List<Issue> Check(RawRecord record, out CraftProduct? product)
    {
        var issues = CheckCore(record, out product);

        // A column missing from the header was reported once from line 1, not again on every row.
        if (_missingColumns.Count > 0)
        {
            issues.RemoveAll(i => i.Code == IkmErrorCodes.Required && _missingColumns.Contains(Normalize(i.Property.Split('.', '[')[0])));
            product = null;
        }

        if (issues.Count > 0 && NameOf(record) is { } name)
        {
            for (var i = 0; i < issues.Count; i++)
            {
                issues[i] = issues[i] with { Item = name };
            }
        }

        return issues;
    }

    /// <summary>The record's SKU, NIB or id as written, or null.</summary>
    public string? NameOf(RawRecord record)
    {
        var key = Kind switch
        {
            RecordKind.Product => "SKU",
            RecordKind.Business => "NIB",
            RecordKind.Sentra => "ID",
            _ => "REFERENCE",
        };
        if (record.Cells is { } cells)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                if (_columns[i] is { } p && Normalize(p.Name) == key && cells[i].Length > 0)
                {
                    return Clip(cells[i], 50);
                }
            }

            return null;
        }

        if (record.Json.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in record.Json.EnumerateObject())
            {
                if (Normalize(p.Name) == key && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                {
                    return Clip(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText(), 50);
                }
            }
        }

        return null;
    }

    private List<Issue> CheckCore(RawRecord record, out CraftProduct? product)
    {
        product = null;
        var issues = new List<Issue>();
        if (record.Problem is not null)
        {
            issues.Add(new Issue(record.Line, record.Number, "", null, BadRecord, Severity.Error, record.Problem, null));
            return issues;
        }

        if (record.Cells is null)
        {
            UnknownJsonProperties(record, issues);
        }

        if (Kind == RecordKind.Product)
        {
            var binder = new CraftProductBinder(this, record, issues);
            var input = binder.Bind();
            if (issues.Any(i => i.Severity == Severity.Error))
            {
                // Cells that cannot be read are reported; the rest of the record is still validated.
                AddValidation(record, issues, ProductValidator.Validate(input), skip: issues.Select(i => i.Property).ToHashSet(StringComparer.OrdinalIgnoreCase));
                Rewrite(issues, binder);
                return issues;
            }

            AddValidation(record, issues, ProductValidator.Validate(input), skip: null);
            if (issues.Any(i => i.Severity == Severity.Error))
            {
                Rewrite(issues, binder);
                return issues;
            }

            try
            {
                product = input.ToProduct();
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException)
            {
                issues.Add(LibraryIssue(record, ex));
                return issues;
            }

            if (_readiness is not null)
            {
                AddValidation(record, issues, _readiness.Validate(product), skip: null);
                if (issues.Any(i => i.Severity == Severity.Error))
                {
                    product = null;
                }
            }

            return issues;
        }

        var value = Deserialize(record, issues);
        if (value is null)
        {
            return issues;
        }

        var result = value switch
        {
            IkmBusiness business => BusinessValidator.Validate(business),
            Sentra sentra => SentraValidator.Validate(sentra),
            ExportRecord export => ExportValidator.Validate(export),
            _ => throw new InvalidOperationException("unknown record type"),
        };
        AddValidation(record, issues, result, skip: null);
        return issues;
    }

    private static void Rewrite(List<Issue> issues, CraftProductBinder binder)
    {
        if (binder.Rewritten.Count > 0)
        {
            for (var i = 0; i < issues.Count; i++)
            {
                issues[i] = binder.Explain(issues[i]);
            }
        }
    }

    private void AddValidation(RawRecord record, List<Issue> issues, FluentValidation.Results.ValidationResult result, HashSet<string>? skip)
    {
        foreach (var e in result.Errors)
        {
            var property = e.PropertyName;
            var root = property.Split('.', '[')[0];
            if (skip is not null && skip.Contains(root))
            {
                continue;
            }

            issues.Add(new Issue(record.Line, record.Number, property, ColumnOf(root), e.ErrorCode ?? "", e.Severity, e.ErrorMessage, ValueText(e.AttemptedValue)));
        }
    }

    private static string? ValueText(object? value) => value switch
    {
        null => null,
        string s => Clip(s),
        decimal d => d.ToString(Inv),
        IFormattable f => f.ToString(null, Inv),
        IEnumerable list => Clip(string.Join("|", list.Cast<object?>().Select(o => o?.ToString()))),
        _ => Clip(value.ToString()),
    };

    /// <summary>The 1-based CSV column of a property, or null.</summary>
    internal int? ColumnOf(string property)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is { } p && string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return null;
    }

    internal InputFile File => _file;

    internal PropertyInfo?[] Columns => _columns;

    internal Dictionary<string, PropertyInfo> Properties => _properties;

    private void UnknownJsonProperties(RawRecord record, List<Issue> issues)
    {
        foreach (var p in record.Json.EnumerateObject())
        {
            if (!_properties.ContainsKey(Normalize(p.Name)) && _reportedUnknown.Add(p.Name))
            {
                issues.Add(new Issue(record.Line, record.Number, Clip(p.Name, 60), null, UnknownColumn, Severity.Warning,
                    T($"Unknown property '{Clip(p.Name, 60)}' is ignored (reported once).", $"Properti '{Clip(p.Name, 60)}' tidak dikenal dan diabaikan (dilaporkan sekali)."), null));
            }
        }
    }

    // Business, sentra and export records: cells to JSON, then System.Text.Json with the library's converters.
    private object? Deserialize(RawRecord record, List<Issue> issues)
    {
        JsonElement element;
        if (record.Cells is { } cells)
        {
            var obj = new JsonObject();
            for (var i = 0; i < cells.Length; i++)
            {
                if (_columns[i] is not { } property || cells[i].Length == 0)
                {
                    continue;
                }

                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                obj[name] = IsList(property.PropertyType)
                    ? new JsonArray(cells[i].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray())
                    : CellNode(property.PropertyType, cells[i]);
            }

            element = JsonSerializer.SerializeToElement(obj);
        }
        else
        {
            element = record.Json;
        }

        try
        {
            return element.Deserialize(_target, Options);
        }
        catch (JsonException ex)
        {
            issues.AddRange(Explain(record, element, ex));
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            issues.Add(LibraryIssue(record, ex));
            return null;
        }
    }

    // A cell for a number property becomes a JSON number read with the file's culture, a money cell of an
    // Indonesian file a money object read the Indonesian way (IndonesianCells); everything else a string.
    private JsonNode? CellNode(Type type, string cell)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (_file.IndonesianNumbers)
        {
            if (t == typeof(int) && IndonesianCells.TryInt(cell, out var whole))
            {
                return JsonValue.Create(whole);
            }

            if (t == typeof(decimal) && IndonesianCells.TryDecimal(cell, out var number))
            {
                return JsonValue.Create(number);
            }

            if (t == typeof(Money) && IndonesianCells.TryMoney(cell, out var money))
            {
                return new JsonObject { ["amount"] = JsonValue.Create(money.Amount), ["currency"] = JsonValue.Create(money.Currency.Code) };
            }

            return JsonValue.Create(cell);
        }

        if (t == typeof(int) && int.TryParse(cell, NumberStyles.Integer | NumberStyles.AllowThousands, Inv, out var i))
        {
            return JsonValue.Create(i);
        }

        if (t == typeof(decimal) && decimal.TryParse(cell, NumberStyles.Number, Inv, out var d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(cell);
    }

    private IEnumerable<Issue> Explain(RawRecord record, JsonElement element, JsonException ex)
    {
        var message = ex.Message;
        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            foreach (Match m in QuotedRegex().Matches(message[message.IndexOf("including", StringComparison.Ordinal)..]))
            {
                var name = m.Groups[1].Value;
                yield return new Issue(record.Line, record.Number, name, ColumnOf(name), IkmErrorCodes.Required, Severity.Error,
                    IkmMessages.Get(IkmErrorCodes.Required).Replace("{PropertyName}", name, StringComparison.Ordinal), null);
            }

            yield break;
        }

        // A record's own check after reading ("IkmBusiness.name: the business name is required ..."): its member and rule.
        // The record converters' form ("ExportRecord member 'period': is required and must not be null") says the same.
        if (ex.Path is null or "$" or "" && (MemberRuleRegex().Match(message) is { Success: true } m1 ? m1 : RecordMemberRegex().Match(message)) is { Success: true } own
            && own.Groups["type"].Value == _target.Name)
        {
            var member = own.Groups["member"].Value;
            var code = own.Groups["rule"].Value.Contains("required", StringComparison.OrdinalIgnoreCase) ? IkmErrorCodes.Required : CannotRead;
            if (code == IkmErrorCodes.Required)
            {
                // The converter stops at the first missing member; the user needs every one of them at once.
                var absent = RequiredMembers(Kind).Where(r => !Present(element, r)).ToList();
                if (!absent.Contains(member, StringComparer.OrdinalIgnoreCase))
                {
                    absent.Insert(0, member);
                }

                foreach (var name in absent)
                {
                    yield return new Issue(record.Line, record.Number, name, ColumnOf(name), code, Severity.Error, RequiredMessage(name), null);
                }

                yield break;
            }

            var text = code == IkmErrorCodes.Required ? IkmMessages.Get(IkmErrorCodes.Required).Replace("{PropertyName}", member, StringComparison.Ordinal) : Clip(own.Groups["rule"].Value, 300);
            yield return new Issue(record.Line, record.Number, member, ColumnOf(member), code, Severity.Error, text, null);
            yield break;
        }

        var path = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "";
        var root = path.Split('.', '[')[0];
        string? value = null;
        if (root.Length > 0 && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, root, StringComparison.OrdinalIgnoreCase))
                {
                    value = Clip(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText());
                }
            }
        }

        // The library's types explain themselves (FormatException naming the rule); anything else gets the tool's words.
        var reason = ex.InnerException is FormatException or ArgumentException ? LibraryReason(ex.InnerException)
            : _properties.TryGetValue(Normalize(root), out var target)
                ? T($"'{value}' cannot be read as {Friendly(target.PropertyType)}.", $"'{value}' tidak dapat dibaca sebagai {Friendly(target.PropertyType)}.")
                : T("the record cannot be read (malformed value).", "rekaman tidak dapat dibaca (nilai rusak).");
        yield return new Issue(record.Line, record.Number, root, ColumnOf(root), CannotRead, Severity.Error, reason, value);
    }

    private static bool Present(JsonElement element, string member)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var p in element.EnumerateObject())
        {
            if (Normalize(p.Name) == Normalize(member))
            {
                return p.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => false,
                    JsonValueKind.String => !string.IsNullOrWhiteSpace(p.Value.GetString()),
                    _ => true,
                };
            }
        }

        return false;
    }

    private string KindWord => Kind switch
    {
        RecordKind.Product => "product",
        RecordKind.Business => "business",
        RecordKind.Sentra => "sentra",
        _ => "export",
    };

    // The library's reason in its own words, without .NET's "(Parameter 'x')" tail; a null argument is the
    // member being required (IKM001), never "Value cannot be null".
    private Issue LibraryIssue(RawRecord record, Exception ex)
    {
        var member = ex is ArgumentException { ParamName: { Length: > 0 } name } ? Camel(name) : "";
        return ex is ArgumentNullException && member.Length > 0
            ? new Issue(record.Line, record.Number, member, ColumnOf(member), IkmErrorCodes.Required, Severity.Error, RequiredMessage(member), null)
            : new Issue(record.Line, record.Number, member, member.Length > 0 ? ColumnOf(member) : null, CannotRead, Severity.Error, LibraryReason(ex), null);
    }

    internal static string LibraryReason(Exception ex)
    {
        if (ex is ArgumentNullException { ParamName: { Length: > 0 } name })
        {
            return RequiredMessage(Camel(name));
        }

        var message = ex.Message;
        if (ex is ArgumentException { ParamName: { Length: > 0 } param })
        {
            var tail = $" (Parameter '{param}')";
            var at = message.IndexOf(tail, StringComparison.Ordinal);
            message = at >= 0 ? message[..at] + message[(at + tail.Length)..] : message;
            var actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
            message = actual >= 0 ? message[..actual] : message;
        }

        return Clip(message.ReplaceLineEndings(" ").Trim(), 300);
    }

    internal static string Friendly(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) ? T("a whole number", "bilangan bulat")
            : t == typeof(decimal) || t == typeof(double) ? T("a number", "angka")
            : t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(DateTime) ? T("a date (2026-12-15)", "tanggal (2026-12-15)")
            : t == typeof(bool) ? T("true or false", "true atau false")
            : t.IsEnum ? T("one of ", "salah satu dari ") + string.Join(", ", Enum.GetNames(t))
            : IsList(t) ? T("a list", "daftar")
            : t == typeof(Money) ? T("money (IDR 1300000, Rp1.300.000)", "uang (IDR 1300000, Rp1.300.000)")
            : t.Name;
    }

    internal static string Normalize(string name)
    {
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }

    private static Dictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => Normalize(p.Name), StringComparer.Ordinal);

    internal static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static bool IsFlat(Type type)
    {
        if (!IsList(type))
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            return t.IsValueType || t == typeof(string) || t == typeof(Uri);
        }

        var element = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
        return element is not null && (element == typeof(string) || element.IsValueType);
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedRegex();

    [GeneratedRegex(@"^(?<type>[A-Za-z]+)\.(?<member>[A-Za-z]+): (?<rule>.+)$", RegexOptions.Singleline)]
    private static partial Regex MemberRuleRegex();

    [GeneratedRegex(@"^(?<type>[A-Za-z]+) member '(?<member>[A-Za-z]+)': (?<rule>.+)$", RegexOptions.Singleline)]
    private static partial Regex RecordMemberRegex();
}
