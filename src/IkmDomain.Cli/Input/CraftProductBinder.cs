using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Crafts;
using IkmDomain.Cli.Tool;
using IkmDomain.Validation;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Input;

/// <summary>
/// Fills a <see cref="CraftProductInput"/> from a CSV row or a JSON item, cell by cell: money cells
/// accept every form <see cref="Money.Parse(string, IFormatProvider?)"/> accepts (and plain numbers);
/// with Indonesian numbers (<see cref="IndonesianCells"/>: <c>2100000,00</c>, <c>1.200,5 kg</c>, <c>0,6 kg</c>) and dates written
/// <c>15/12/2026</c>. A cell that cannot be read is reported (IKM101 money, IKM131 other) with its value.
/// </summary>
internal sealed partial class CraftProductBinder(RecordChecker checker, RawRecord record, List<Issue> issues)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] IndonesianDates = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss"];
    private readonly CraftProductInput _input = new() { Currency = null };
    private readonly List<(string Property, string Text, bool Json)> _money = [];
    private bool _currencyGiven;

    /// <summary>Cells the tool rewrote before validation (Indonesian weights and dimensions): property to (as written, as read).</summary>
    public Dictionary<string, (string Written, string Read)> Rewritten { get; } = new(StringComparer.OrdinalIgnoreCase);

    public CraftProductInput Bind()
    {
        if (record.Cells is { } cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                if (checker.Columns[i] is { } property && cells[i].Length > 0)
                {
                    Set(property.Name, cells[i], indonesian: checker.File.IndonesianNumbers);
                }
            }
        }
        else
        {
            foreach (var p in record.Json.EnumerateObject())
            {
                if (checker.Properties.TryGetValue(RecordChecker.Normalize(p.Name), out var property))
                {
                    SetJson(property.Name, p.Value);
                }
            }
        }

        _input.Currency ??= _currencyGiven ? null : "IDR";
        foreach (var (property, text, json) in _money)
        {
            SetMoney(property, text, indonesian: !json && checker.File.IndonesianNumbers);
        }

        return _input;
    }

    private void SetJson(string property, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.String:
                Set(property, value.GetString()!, indonesian: false);
                return;
            case JsonValueKind.Number:
                Set(property, value.GetRawText(), indonesian: false);
                return;
            case JsonValueKind.Array when property is nameof(CraftProductInput.Materials) or nameof(CraftProductInput.ImageLinks):
                var list = value.EnumerateArray().Select(e => e.ValueKind switch
                {
                    JsonValueKind.String => e.GetString(),
                    JsonValueKind.Null => null,
                    _ => e.GetRawText(),
                }).ToList();
                if (property == nameof(CraftProductInput.Materials))
                {
                    _input.Materials = list;
                }
                else
                {
                    _input.ImageLinks = list;
                }

                return;
            case JsonValueKind.Array when property == nameof(CraftProductInput.Certifications):
                try
                {
                    _input.Certifications = value.Deserialize<List<Certification>>(RecordChecker.Options);
                }
                catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or NotSupportedException or InvalidOperationException)
                {
                    var reason = ex.InnerException is FormatException or ArgumentException ? ex.InnerException.Message
                        : ex.Message.Contains("missing required", StringComparison.Ordinal) ? T("a certification needs kind, number, issuer and issuedOn.", "sertifikasi memerlukan kind, number, issuer dan issuedOn.")
                        : T("a certification cannot be read (kind, number, issuer, issuedOn as 2025-01-31).", "sertifikasi tidak dapat dibaca (kind, number, issuer, issuedOn seperti 2025-01-31).");
                    Fail(property, RecordChecker.CannotRead, Clip(reason, 300), Clip(value.GetRawText()));
                }

                return;
            case JsonValueKind.Object when property is nameof(CraftProductInput.Price) or nameof(CraftProductInput.SalePrice):
                try
                {
                    var money = value.Deserialize<Money>(RecordChecker.Options);
                    _money.Add((property, money.ToString(), true));
                }
                catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
                {
                    Fail(property, IkmErrorCodes.InvalidMoney, MoneyObjectReason(value, ex), Clip(value.GetRawText()));
                }

                return;
            default:
                Fail(property, RecordChecker.CannotRead, T($"expected a single value, found {value.ValueKind.ToString().ToLowerInvariant()}.", $"seharusnya satu nilai, ditemukan {value.ValueKind.ToString().ToLowerInvariant()}."), Clip(value.GetRawText()));
                return;
        }
    }

    private void Set(string property, string text, bool indonesian)
    {
        switch (property)
        {
            case nameof(CraftProductInput.Sku): _input.Sku = text; break;
            case nameof(CraftProductInput.Title): _input.Title = text; break;
            case nameof(CraftProductInput.Description): _input.Description = text; break;
            case nameof(CraftProductInput.Technique): _input.Technique = text; break;
            case nameof(CraftProductInput.Currency): _input.Currency = text.ToUpperInvariant(); _currencyGiven = true; break;
            case nameof(CraftProductInput.Availability): _input.Availability = text; break;
            case nameof(CraftProductInput.Link): _input.Link = text; break;
            case nameof(CraftProductInput.Brand): _input.Brand = text; break;
            case nameof(CraftProductInput.Gtin): _input.Gtin = text; break;
            case nameof(CraftProductInput.HsCode): _input.HsCode = text; break;
            case nameof(CraftProductInput.OriginRegion): _input.OriginRegion = text; break;
            case nameof(CraftProductInput.MakerNib): _input.MakerNib = text; break;
            case nameof(CraftProductInput.Condition): _input.Condition = text; break;
            case nameof(CraftProductInput.Weight): _input.Weight = Measures(property, text, indonesian); break;
            case nameof(CraftProductInput.Dimensions): _input.Dimensions = Measures(property, text, indonesian); break;
            case nameof(CraftProductInput.Materials): _input.Materials = List(text); break;
            case nameof(CraftProductInput.ImageLinks): _input.ImageLinks = List(text); break;
            case nameof(CraftProductInput.Price) or nameof(CraftProductInput.SalePrice): _money.Add((property, text, false)); break;
            case nameof(CraftProductInput.StockQuantity):
                if (indonesian ? IndonesianCells.TryInt(text, out var stock) : int.TryParse(text, NumberStyles.AllowLeadingSign, Inv, out stock))
                {
                    _input.StockQuantity = stock;
                }
                else
                {
                    Fail(property, RecordChecker.CannotRead, T($"'{Clip(text)}' is not a whole number of units.", $"'{Clip(text)}' bukan bilangan bulat."), Clip(text));
                }

                break;
            case nameof(CraftProductInput.AvailabilityDate):
                if (TryDate(text, indonesian, out var date))
                {
                    _input.AvailabilityDate = date;
                }
                else
                {
                    Fail(property, RecordChecker.CannotRead, indonesian
                        ? T($"'{Clip(text)}' is not a date: write 15/12/2026 or 2026-12-15.", $"'{Clip(text)}' bukan tanggal: tulis 15/12/2026 atau 2026-12-15.")
                        : T($"'{Clip(text)}' is not a date: write 2026-12-15 (ISO 8601), or read the file with --culture id-ID for 15/12/2026.", $"'{Clip(text)}' bukan tanggal: tulis 2026-12-15 (ISO 8601), atau baca berkas dengan --culture id-ID untuk 15/12/2026."), Clip(text));
                }

                break;
            case nameof(CraftProductInput.Certifications):
                Fail(property, RecordChecker.CannotRead, T("certifications are records; give them in a JSON file.", "sertifikasi berupa rekaman; tuliskan dalam berkas JSON."), Clip(text));
                break;
        }
    }

    private static bool TryDate(string text, bool indonesian, out DateTimeOffset date)
    {
        if (indonesian && DateTimeOffset.TryParseExact(text, IndonesianDates, Inv, DateTimeStyles.AssumeUniversal, out date))
        {
            return true;
        }

        return DateTimeOffset.TryParse(text, Inv, DateTimeStyles.AssumeUniversal, out date) && IsoDateRegex().IsMatch(text);
    }

    private void SetMoney(string property, string text, bool indonesian)
    {
        var currencyColumn = _input.Currency;
        decimal amount;
        if (!indonesian && PlainNumberRegex().IsMatch(text))
        {
            // The invariant machine form; its written decimals are kept (150.000 stays scale 3 for IKM130).
            amount = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Inv);
        }
        else if (indonesian && IndonesianNumberRegex().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, IndonesianFormat.NumberFormat, out var local))
        {
            amount = local;
        }
        else if (Money.TryParse(text, indonesian ? IndonesianFormat.NumberFormat : null, out var money))
        {
            amount = money.Amount;
            if (currencyColumn is not null && _currencyGiven && !string.Equals(currencyColumn, money.Currency.Code, StringComparison.OrdinalIgnoreCase))
            {
                Fail(property, IkmErrorCodes.WrongCurrency, T(
                    $"'{Clip(text)}' is in {money.Currency.Code} but the currency column says {currencyColumn}.",
                    $"'{Clip(text)}' dalam {money.Currency.Code} padahal kolom mata uang menyebut {currencyColumn}."), Clip(text));
                return;
            }

            _input.Currency = money.Currency.Code;
        }
        else if (Currency.TryFromCode(currencyColumn ?? "IDR", out var given) && Money.TryParse(text, given, indonesian ? IndonesianFormat.NumberFormat : null, out var inGiven))
        {
            amount = inGiven.Amount;
        }
        else
        {
            string reason;
            try
            {
                Money.Parse(text, indonesian ? IndonesianFormat.NumberFormat : null);
                reason = "";
            }
            catch (FormatException ex)
            {
                reason = MoneyText.Reason(ex.Message, text, indonesian);
            }

            // The library's IKM101 message (in the chosen language), and in English Money.Parse's reason.
            var message = IkmMessages.Get(IkmErrorCodes.InvalidMoney).Replace("{PropertyName}", property, StringComparison.Ordinal);
            Fail(property, IkmErrorCodes.InvalidMoney, Indonesian ? message : message + " (" + Clip(reason, 300) + ")", Clip(text));
            return;
        }

        if (property == nameof(CraftProductInput.Price))
        {
            _input.Price = amount;
        }
        else
        {
            _input.SalePrice = amount;
        }
    }

    // The library's own reason when it gave one (a FormatException or its JsonException naming the rule); the
    // missing members when amount or currency is absent; never System.Text.Json's reader message.
    private static string MoneyObjectReason(JsonElement value, Exception ex)
    {
        bool Has(string name) => value.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind != JsonValueKind.Null);
        if (!Has("amount") || !Has("currency"))
        {
            return T("money as an object needs amount and currency: {\"amount\": 150000, \"currency\": \"IDR\"}.", "uang sebagai objek memerlukan amount dan currency: {\"amount\": 150000, \"currency\": \"IDR\"}.");
        }

        if (ex.InnerException is FormatException or ArgumentException or OverflowException)
        {
            return Clip(ex.InnerException.Message, 300);
        }

        return ex is not JsonException || !ex.Message.Contains("LineNumber:", StringComparison.Ordinal) && !ex.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? Clip(ex.Message, 300)
            : T("amount must be a number and currency an ISO 4217 code: {\"amount\": 150000, \"currency\": \"IDR\"}.", "amount harus angka dan currency kode ISO 4217: {\"amount\": 150000, \"currency\": \"IDR\"}.");
    }

    private string Measures(string property, string text, bool indonesian)
    {
        if (!indonesian)
        {
            return text;
        }

        var read = IndonesianCells.Measures(text);
        Rewritten[property] = (text, read);
        return read;
    }

    /// <summary>
    /// An issue on a rewritten cell told in the file's terms: the cell as written, and the rule with the file's
    /// decimal mark (a weight finer than a gram breaks the whole-grams rule, not the decimal mark).
    /// </summary>
    public Issue Explain(Issue issue)
    {
        var root = issue.Property.Split('.', '[')[0];
        if (!Rewritten.TryGetValue(root, out var cell))
        {
            return issue;
        }

        var written = Clip(cell.Written);
        string message;
        if (string.Equals(root, nameof(CraftProductInput.Weight), StringComparison.OrdinalIgnoreCase))
        {
            message = FinerThanGramRegex().IsMatch(cell.Read)
                ? T($"'{written}' is finer than a gram: weights are whole grams (this file's ',' marks decimals, '.' groups thousands), for example 1.200 g or 1,2 kg.",
                    $"'{written}' lebih halus dari satu gram: berat ditulis dalam gram bulat (di berkas ini ',' desimal, '.' pemisah ribuan), misalnya 1.200 g atau 1,2 kg.")
                : T($"'{written}' is not a weight: write a number and g or kg in whole grams, with ',' for decimals and '.' grouping thousands as in this file, for example 250 g, 1.200 g or 1,5 kg.",
                    $"'{written}' bukan berat: tulis angka lalu g atau kg dalam gram bulat, dengan ',' untuk desimal dan '.' pemisah ribuan seperti di berkas ini, misalnya 250 g, 1.200 g atau 1,5 kg.");
        }
        else
        {
            message = T($"'{written}' are not dimensions: write three sides in centimetres, with ',' for decimals as in this file, for example 30 x 20 x 10 cm or 30 x 25,5 x 3 cm.",
                $"'{written}' bukan ukuran: tulis tiga sisi dalam sentimeter, dengan ',' untuk desimal seperti di berkas ini, misalnya 30 x 20 x 10 cm atau 30 x 25,5 x 3 cm.");
        }

        return issue with { Message = message, Value = written };
    }

    // A gram count with a fraction ("1200.5 g") or kilograms with more than three decimals ("1.2345 kg").
    [GeneratedRegex(@"^\s*\d+\.\d*[1-9]\d*\s*g\s*$|^\s*\d+\.\d{3}\d*[1-9]\d*\s*kg\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FinerThanGramRegex();

    private static List<string?> List(string text) =>
        text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => (string?)s).ToList();

    private void Fail(string property, string code, string message, string? value) =>
        issues.Add(new Issue(record.Line, record.Number, property, checker.ColumnOf(property), code, Severity.Error, message, value));

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$")]
    private static partial Regex PlainNumberRegex();

    [GeneratedRegex(@"^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$")]
    private static partial Regex IndonesianNumberRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDateRegex();
}
