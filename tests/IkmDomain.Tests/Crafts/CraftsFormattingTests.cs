using System.Globalization;
using System.Text.Json;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Crafts;

public class CraftsFormattingTests
{
    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Weight_formats_and_parses_with_a_dot_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("1.25 kg", Weight.FromGrams(1250).ToString());
        Assert.Equal("1.25 kg", string.Format(CultureInfo.CurrentCulture, "{0}", Weight.FromGrams(1250)));
        Assert.Equal(1250, Weight.Parse("1.25 kg").Grams);
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Dimensions_format_with_a_dot_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("30.5 x 20 x 10 cm", new Dimensions(30.5m, 20, 10).ToString());
        Assert.Equal(new Dimensions(30.5m, 20, 10), Dimensions.Parse("30.5 x 20 x 10 cm"));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Codes_format_as_ASCII_digits_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("4420.11.00", HsCode.Parse("44201100").ToString());
        Assert.Equal("036000291452", Gtin.Parse("036000291452").ToString());
        Assert.Equal("\"3 kg\"", JsonSerializer.Serialize(Weight.FromGrams(3000)));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Material_names_parse_case_insensitively_under_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        // Turkish dotted/dotless i must not break "TEKSTIL" or "KAYU".
        Assert.Equal(CraftMaterial.Textiles, CraftMaterial.Parse("TEKSTIL"));
        Assert.Equal(CraftTechnique.Ikat, CraftTechnique.Parse("TENUN IKAT"));
    }
}
