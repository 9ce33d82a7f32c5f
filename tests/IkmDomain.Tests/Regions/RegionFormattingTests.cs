using System;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Regions;

public class RegionFormattingTests
{
    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void RegionCode_text_is_the_same_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);
        var code = RegionCode.Parse("35.73.01.1001");

        Assert.Equal("35.73.01.1001", code.ToString());
        Assert.Equal("3573011001", code.ToCompactString());
        Assert.Equal("3573011001", code.ToString("C", null));
        Assert.Equal("35.73.01.1001", $"{code}");
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void PostalCode_text_is_the_same_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("65111", PostalCode.Parse("65111").ToString());
        Assert.Equal("65111", $"{PostalCode.FromNumber(65111)}");
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Search_folds_case_the_same_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        // Turkish upper-case I must still fold to i.
        Assert.Equal("Kota Bitung", RegionDirectory.Default.Search("BITUNG", RegionLevel.Regency)[0].Name);
    }
}
