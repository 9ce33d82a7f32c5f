using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;
using IkmDomain.Testing;

namespace IkmDomain.Tests.CommonArea;

/// <summary>
/// Issue 14: one rule for padding and separators, shared by every parser. ASCII space and tab are
/// trimmed; every other white space, NUL and invisible character is an error; identifiers with a
/// printed form drop spaces, dots and hyphens between digits.
/// </summary>
public class IdentifierTextTests
{
    /// <summary>Every parser: a name, valid text for it, and TryParse giving the value (or null).</summary>
    private static readonly (string Name, Gen<string> Valid, Func<string, object?> Parse)[] Parsers =
    [
        ("Nib", IkmArbitraries.Nib().Generator.Select(v => v.ToString()), t => Nib.TryParse(t, out var v) ? v : null),
        ("Npwp", IkmArbitraries.Npwp().Generator.Select(v => v.ToString()), t => Npwp.TryParse(t, out var v) ? v : null),
        ("Nik", IkmArbitraries.Nik().Generator.Select(v => v.ToString()), t => Nik.TryParse(t, out var v) ? v : null),
        ("Kbli", Gen.Elements("16293", "13134", "32903", "13133/2025"), t => Kbli.TryParse(t, out var v) ? v : null),
        ("PhoneNumber", Gen.Elements("+6281234567890", "0812-3456-7890", "(021) 3456789"), t => PhoneNumber.TryParse(t, out var v) ? v : null),
        ("PostalCode", IkmArbitraries.PostalCode().Generator.Select(v => v.ToString()), t => PostalCode.TryParse(t, out var v) ? v : null),
        ("Gtin", IkmArbitraries.Gtin().Generator.Select(v => v.ToString()), t => Gtin.TryParse(t, out var v) ? v : null),
        ("HsCode", IkmArbitraries.HsCode().Generator.Select(v => v.ToString()), t => HsCode.TryParse(t, out var v) ? v : null),
        ("RegionCode", IkmArbitraries.RegionCode().Generator.Select(v => v.ToString()), t => RegionCode.TryParse(t, out var v) ? v : null),
        ("Currency.Parse", IkmArbitraries.Currency().Generator.Select(v => v.ToString()), t => Currency.TryParse(t, null, out var v) ? v : null),
        ("Currency.FromCode", IkmArbitraries.Currency().Generator.Select(v => v.ToString()), t => Currency.TryFromCode(t, out var v) ? v : null),
        ("Money", IkmArbitraries.Money().Generator.Select(v => v.ToString()), t => Money.TryParse(t, out var v) ? v : null),
        ("ExchangeRate", IkmArbitraries.ExchangeRate().Generator.Select(v => v.ToString()), t => ExchangeRate.TryParse(t, null, out var v) ? v : null),
        ("CountryCode", IkmArbitraries.CountryCode().Generator.Select(v => v.Alpha2), t => CountryCode.TryParse(t, out var v) ? v : null),
        ("TradePeriod", IkmArbitraries.TradePeriod().Generator.Select(v => v.ToString()), t => TradePeriod.TryParse(t, out var v) ? v : null),
        ("ExportSource", IkmArbitraries.ExportSource().Generator.Select(v => v.ToString()), t => ExportSource.TryParse(t, out var v) ? v : null),
        ("Weight", IkmArbitraries.Weight().Generator.Select(v => v.ToString()), t => Weight.TryParse(t, out var v) ? v : null),
        ("Dimensions", IkmArbitraries.Dimensions().Generator.Select(v => v.ToString()), t => Dimensions.TryParse(t, out var v) ? v : null),
        ("CraftMaterial", IkmArbitraries.CraftMaterial().Generator.Select(v => v.ToString()), t => CraftMaterial.TryParse(t, out var v) ? v : null),
        ("CraftTechnique", IkmArbitraries.CraftTechnique().Generator.Select(v => v.ToString()), t => CraftTechnique.TryParse(t, out var v) ? v : null),
    ];

    /// <summary>Characters string.Trim() would remove or that are invisible: never padding.</summary>
    private static readonly char[] NotPadding =
        ['\u0085', '\u2028', '\u2029', '\0', '\u00A0', '\u200B', '\uFEFF', '\r', '\n', '\v', '\f', '\u3000', '\u202E'];

    private static Gen<(int Parser, string Text)> AnyValidText() =>
        Gen.Choose(0, Parsers.Length - 1).SelectMany(i => Parsers[i].Valid.Select(t => (i, t)));

    [Property(MaxTest = 400)]
    public Property Every_parser_trims_ascii_spaces_and_tabs_to_the_same_value() =>
        Prop.ForAll(AnyValidText().ToArbitrary(), Gen.Elements(" ", "\t", " \t ", "  ").ToArbitrary(), (sample, pad) =>
        {
            var (name, _, parse) = Parsers[sample.Parser];
            var plain = parse(sample.Text);
            return (plain is not null && Equals(plain, parse(pad + sample.Text + pad))).Label($"{name}: '{sample.Text}'");
        });

    [Property(MaxTest = 400)]
    public Property Every_parser_rejects_other_white_space_nul_and_invisible_characters_at_either_end() =>
        Prop.ForAll(AnyValidText().ToArbitrary(), Gen.Elements(NotPadding).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (sample, c, before) =>
        {
            var (name, _, parse) = Parsers[sample.Parser];
            var text = before ? c + sample.Text : sample.Text + c;
            return (parse(text) is null).Label($"{name}: '{text}' (U+{(int)c:X4})");
        });

    /// <summary>Identifiers with a printed form, as digits only, and TryParse.</summary>
    private static readonly (string Name, Gen<string> Digits, Func<string, object?> Parse)[] Printed =
    [
        ("Nib", IkmArbitraries.Nib().Generator.Select(v => v.ToString()), t => Nib.TryParse(t, out var v) ? v : null),
        ("Npwp", IkmArbitraries.Npwp().Generator.Select(v => v.ToString("D", null)), t => Npwp.TryParse(t, out var v) ? v : null),
        ("Nik", IkmArbitraries.Nik().Generator.Select(v => v.ToString()), t => Nik.TryParse(t, out var v) ? v : null),
        ("Kbli", Gen.Elements("16293", "13134", "32903"), t => Kbli.TryParse(t, out var v) ? v : null),
        ("PostalCode", IkmArbitraries.PostalCode().Generator.Select(v => v.ToString()), t => PostalCode.TryParse(t, out var v) ? v : null),
        ("Gtin", IkmArbitraries.Gtin().Generator.Select(v => v.ToString()), t => Gtin.TryParse(t, out var v) ? v : null),
        ("PhoneNumber", Gen.Elements("081234567890", "02134567890"), t => PhoneNumber.TryParse(t, out var v) ? v : null),
    ];

    private static string WithSeparators(string digits, int[] cuts, string[] separators)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && cuts.Contains(i))
            {
                builder.Append(separators[i % separators.Length]);
            }

            builder.Append(digits[i]);
        }

        return builder.ToString();
    }

    [Property(MaxTest = 300)]
    public Property Printed_identifiers_read_the_same_with_spaces_dots_and_hyphens_between_digits() =>
        Prop.ForAll(
            Gen.Choose(0, Printed.Length - 1).SelectMany(i => Printed[i].Digits.Select(t => (i, t))).ToArbitrary(),
            Gen.ArrayOf(Gen.Choose(1, 15)).ToArbitrary(),
            Gen.ArrayOf(Gen.Elements(" ", ".", "-", " - ", "..")).Where(a => a.Length > 0).ToArbitrary(),
            (sample, cuts, separators) =>
            {
                var (name, _, parse) = Printed[sample.i];
                var printed = WithSeparators(sample.t, cuts, separators);
                return (parse(sample.t) is { } value && Equals(value, parse(printed))).Label($"{name}: '{printed}'");
            });

    [Property(MaxTest = 200)]
    public Property A_separator_at_either_end_or_another_punctuation_is_an_error() =>
        Prop.ForAll(
            Gen.Choose(0, Printed.Length - 1).SelectMany(i => Printed[i].Digits.Select(t => (i, t))).ToArbitrary(),
            Gen.Elements(".{0}", "{0}-", "-{0}", "{0}.", "{0}/", "{0}_", "{0},").ToArbitrary(),
            (sample, shape) =>
            {
                var (name, _, parse) = Printed[sample.i];
                if (name == "PhoneNumber")
                {
                    return true.Label("phone numbers allow their own punctuation");
                }

                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, sample.t);
                return (parse(text) is null).Label($"{name}: '{text}'");
            });

    [Theory]
    [InlineData("02.183.241-5-123-000")]
    [InlineData("02.183.241.5-123.000")]
    [InlineData("02 183 241 5 123 000")]
    [InlineData("021832415123000")]
    public void An_npwp_reads_with_any_mix_of_separators(string text)
    {
        Assert.Equal(Npwp.Parse("021832415123000"), Npwp.Parse(text));
    }

    [Fact]
    public void The_issue_14_examples()
    {
        Assert.True(Gtin.TryParse(" 8991234567891 ", out var gtin));
        Assert.Equal("8991234567891", gtin.ToString());
        Assert.False(Nib.TryParse("8120000123456\u0085", out _));
        Assert.True(Nib.TryParse(" 8120000123456\t", out _));
        Assert.False(ExchangeRate.TryParse("USD/IDR 16250\0", null, out _));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Money>("\"IDR 16250\\u0000\""));
        Assert.Equal(Currency.IDR, Currency.Parse(" IDR"));
        Assert.Equal(Currency.IDR, Currency.FromCode(" IDR"));
        Assert.Throws<FormatException>(() => ExportSource.Parse("\u200B"));
        Assert.False(ExportSource.TryParse("\u200B\u200B", out _));
        Assert.False(ExportSource.TryParse("   ", out _));
    }
}
