using System;
using System.ComponentModel;
using System.Globalization;
using System.Threading;
using IkmDomain.Cli.Tool;
using Spectre.Console;
using Spectre.Console.Cli;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm money TEXT [--to CUR --rate R] [--format table|json]</c>: parses money text as
/// <see cref="Money.Parse(string, IFormatProvider?)"/> does, shows the canonical and Indonesian forms
/// and converts it at the given rate. Exit codes: 0 parsed, 1 the text is not money, 2 bad usage.
/// </summary>
internal sealed class MoneyCommand : Command<MoneyCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : ToolSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("Money as people write it: \"Rp1.300.000,00\", \"Rp1,3 miliar\", \"IDR 1300000\", \"US$776 juta\".")]
        public string[] Text { get; init; } = [];

        [CommandOption("--to <CURRENCY>")]
        [Description("Convert to this ISO 4217 currency (needs --rate).")]
        public string? To { get; init; }

        [CommandOption("--rate <RATE>")]
        [Description("How many units of the --to currency one unit of the parsed currency buys, invariant number (16250, 0.0000615).")]
        public string? Rate { get; init; }

        [CommandOption("--culture <CULTURE>")]
        [Description("id-ID reads '.' as the thousands separator and ',' as the decimal mark (IDR 1.300.000,50; 1,5); invariant the other way round (IDR 1,300,000.50). Default: invariant, except text written with Rp, which is read the Indonesian way.")]
        public string? Culture { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) or json.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            if (Format is not ("table" or "json"))
            {
                return NotOneOf("--format", Format, "table", "json");
            }

            if (Culture is not null && Culture is not ("id-ID" or "id" or "invariant"))
            {
                return NotOneOf("--culture", Culture, "id-ID", "invariant");
            }

            if ((To is null) != (Rate is null))
            {
                return ValidationResult.Error(T("--to and --rate go together: ikm money \"Rp1,3 miliar\" --to USD --rate 0.0000615", "--to dan --rate dipakai bersama: ikm money \"Rp1,3 miliar\" --to USD --rate 0.0000615"));
            }

            if (To is not null && !Currency.TryFromCode(To.ToUpperInvariant(), out _))
            {
                return ValidationResult.Error(T($"--to: '{Clip(To)}' is not an ISO 4217 currency code (IDR, USD, EUR...).", $"--to: '{Clip(To)}' bukan kode mata uang ISO 4217 (IDR, USD, EUR...)."));
            }

            if (Rate is not null && (!decimal.TryParse(Rate, NumberStyles.AllowDecimalPoint, Inv, out var r) || r <= 0))
            {
                return ValidationResult.Error(T($"--rate: '{Clip(Rate)}' is not a positive number written with a '.' decimal point.", $"--rate: '{Clip(Rate)}' bukan bilangan positif dengan titik desimal."));
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var text = string.Join(' ', settings.Text);
        var indonesian = settings.Culture is "id-ID" or "id";
        IFormatProvider? provider = indonesian ? IndonesianFormat.NumberFormat : null;
        if (!Money.TryParse(text, provider, out var money))
        {
            var reason = "";
            try
            {
                Money.Parse(text, provider);
            }
            catch (FormatException ex)
            {
                reason = MoneyText.Reason(ex.Message, text, indonesian);
            }

            Console.Error.WriteLine(T("error: ", "galat: ") + Clip(reason, 400));
            return 1;
        }

        if (MoneyText.TooManyDecimals(money, text) is { } tooPrecise)
        {
            Console.Error.WriteLine(T("error: ", "galat: ") + $"'{Clip(text)}': " + tooPrecise);
            return 1;
        }

        Money? converted = null;
        if (settings.To is not null)
        {
            var rate = new ExchangeRate(money.Currency, Currency.FromCode(settings.To.ToUpperInvariant()), decimal.Parse(settings.Rate!, NumberStyles.AllowDecimalPoint, Inv));
            converted = rate.Convert(money);
        }

        if (settings.Format == "json")
        {
            JsonOut.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("input", text);
                w.WriteString("currency", money.Currency.Code);
                w.WriteString("amount", money.Amount.ToString(Inv));
                w.WriteString("canonical", money.ToString());
                w.WriteString("indonesian", money.ToString("C", IndonesianFormat.NumberFormat));
                w.WriteNumber("minorUnits", money.Currency.MinorUnits);
                if (converted is { } c)
                {
                    w.WriteString("converted", c.ToString());
                    w.WriteString("convertedRounded", c.Round().ToString());
                    w.WriteString("convertedIndonesian", c.Round().ToString("C", IndonesianFormat.NumberFormat));
                }

                w.WriteEndObject();
            });
            return 0;
        }

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]" + T("Canonical", "Kanonis") + "[/]", Markup.Escape(money.ToString()));
        grid.AddRow("[bold]" + T("Indonesian", "Indonesia") + "[/]", Markup.Escape(money.ToString("C", IndonesianFormat.NumberFormat)));
        grid.AddRow("[bold]" + T("Currency", "Mata uang") + "[/]", Markup.Escape($"{money.Currency.Code} ({money.Currency.EnglishName}), {money.Currency.MinorUnits.ToString(Inv)} " + T("decimals", "desimal")));
        if (converted is { } value)
        {
            grid.AddRow("[bold]" + T("Converted", "Dikonversi") + "[/]", Markup.Escape($"{value.Round()}  ({value.Round().ToString("C", IndonesianFormat.NumberFormat)}; " + T("exact ", "tepat ") + $"{value})"));
        }

        AnsiConsole.Write(grid);
        return 0;
    }
}
