using System;
using System.Globalization;
using System.Text;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.MoneyArea;

/// <summary>
/// Money text under id-ID, tr-TR, ar-SA and the invariant culture; this file also runs in the
/// InvariantGlobalization test process, where no ICU data exists.
/// </summary>
public class MoneyFormattingTests
{
    private static readonly Money Price = new(1_300_000m, Currency.IDR);

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void ToString_is_invariant_code_space_amount_with_minor_digits(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("IDR 1300000.00", Price.ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void ToString_keeps_digits_beyond_the_minor_unit(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("IDR 0.125", new Money(0.125m, Currency.IDR).ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void ToString_of_negative_and_yen_amounts(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("IDR -5.50", new Money(-5.5m, Currency.IDR).ToString());
        Assert.Equal("JPY 1300", new Money(1300m, Currency.JPY).ToString());
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Negative_zero_is_shown_as_zero(string culture)
    {
        using var _ = new CultureScope(culture);
        var negativeZero = new Money(new decimal(0, 0, 0, true, 2), Currency.IDR);
        Assert.Equal("IDR 0.00", negativeZero.ToString());
        Assert.Equal("Rp0,00", negativeZero.ToString("C", IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Currency_format_with_the_Indonesian_provider_is_PUEBI(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("Rp1.300.000,00", Price.ToString("C", IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void C0_shows_whole_rupiah(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("Rp1.300.000", Price.ToString("C0", IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Negative_rupiah_put_the_minus_before_Rp(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("-Rp1.300.000,00", (-Price).ToString("C", IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Dollars_in_Indonesian_text_use_US_dollar(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("US$776,50", new Money(776.5m, Currency.USD).ToString("C", IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Number_format_gives_the_grouped_number_alone(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("1.300.000,00", Price.ToString("N", IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Invariant_provider_gives_invariant_separators(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal("Rp1,300,000.00", Price.ToString("C", CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Utf8_TryFormat_writes_the_invariant_form(string culture)
    {
        using var _ = new CultureScope(culture);
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(Price.TryFormat(buffer, out var written, default, null));
        Assert.Equal("IDR 1300000.00", Encoding.UTF8.GetString(buffer[..written]));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Utf8_TryFormat_writes_the_rupiah_form(string culture)
    {
        using var _ = new CultureScope(culture);
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(new Money(1m, Currency.EUR).TryFormat(buffer, out var written, "C", IndonesianFormat.NumberFormat));
        Assert.Equal("€1,00", Encoding.UTF8.GetString(buffer[..written]));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void TryFormat_reports_a_too_small_destination(string culture)
    {
        using var _ = new CultureScope(culture);
        Span<char> chars = stackalloc char[6];
        Span<byte> bytes = stackalloc byte[6];
        Assert.False(Price.TryFormat(chars, out var w1, default, null));
        Assert.False(Price.TryFormat(bytes, out var w2, default, null));
        Assert.False(Price.TryFormat(chars, out var w3, "C", IndonesianFormat.NumberFormat));
        Assert.Equal((0, 0, 0), (w1, w2, w3));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Parse_reads_Indonesian_text_under_any_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Equal(new Money(1_300_000_000m, Currency.IDR), Money.Parse("Rp1,3 miliar", IndonesianFormat.NumberFormat));
        Assert.Equal(Price, Money.Parse("IDR 1300000.00"));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Exchange_rate_text_is_invariant(string culture)
    {
        using var _ = new CultureScope(culture);
        var rate = new ExchangeRate(Currency.USD, Currency.IDR, 16250.5m);
        Assert.Equal("USD/IDR 16250.5", rate.ToString());
        Assert.Equal(rate, ExchangeRate.Parse("USD/IDR 16250.5"));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Unknown_format_throws_FormatException(string culture)
    {
        using var _ = new CultureScope(culture);
        Assert.Throws<FormatException>(() => Price.ToString("X", null));
    }

    [Fact]
    public void A_real_culture_applies_its_own_separators()
    {
        if (Cultures.IsInvariantMode)
        {
            // No culture data in this process: the Indonesian provider above is what works here.
            Assert.Throws<CultureNotFoundException>(() => new CultureInfo("de-DE"));
            return;
        }

        Assert.Equal("1.300.000,00 Rp", Price.ToString("C", new CultureInfo("de-DE")));
        Assert.Equal("Rp1,300,000.00", Price.ToString("C", new CultureInfo("en-US")));
    }

    [Fact]
    public void Id_ID_culture_with_ICU_matches_the_built_in_Indonesian_format()
    {
        if (Cultures.IsInvariantMode)
        {
            Assert.Throws<CultureNotFoundException>(() => new CultureInfo("id-ID"));
            return;
        }

        Assert.Equal(Price.ToString("C", IndonesianFormat.NumberFormat), Price.ToString("C", new CultureInfo("id-ID")));
    }
}
