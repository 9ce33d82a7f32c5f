using System;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Exports;

public class ExportsFormattingTests
{
    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Growth_percentage_is_invariant_by_default(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("3.88 %", ExportStatistics.FormatPercentage((776m / 747m) - 1m));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Growth_percentage_uses_Indonesian_format_when_asked(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("3,88%", ExportStatistics.FormatPercentage((776m / 747m) - 1m, 2, IndonesianFormat.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Country_and_period_text_ignore_the_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("ID", CountryCode.Parse("idn").ToString());
        Assert.Equal("360", CountryCode.Indonesia.ToString("N"));
        Assert.Equal("2023-01", TradePeriod.Parse("202301").ToString());
        Assert.Equal(TradePeriod.ForYear(2023), TradePeriod.Parse("2023"));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Turkish_i_does_not_break_case_insensitive_parsing(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("IN", CountryCode.Parse("in").Alpha2);
        Assert.Equal(ExportSource.Kemenperin, ExportSource.Parse("KEMENPERIN"));
    }
}
