using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Businesses;

public class IdentifierFormattingTests
{
    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Identifiers_format_the_same_in_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.Equal("8120000123456", Nib.Parse("8120000123456").ToString());
        Assert.Equal("01.234.567.8-901.000", Npwp.Parse("012345678901000").ToString());
        Assert.Equal("3573015708900001", Nik.Parse("3573015708900001").ToString());
        Assert.Equal("13133/2025", Kbli.Parse("13133/2025").ToString());
        Assert.Equal("+6281234567890", PhoneNumber.Parse("0812-3456-7890").ToString());
        Assert.Equal("0812-3456-7890", PhoneNumber.Parse("+6281234567890").ToString("N", null));
        Assert.Equal("35.73.01", Nik.Parse("3573015708900001").DistrictCode);
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Identifiers_parse_the_same_in_every_culture(string culture)
    {
        using var _ = new CultureScope(culture);

        Assert.True(Npwp.TryParse("01.234.567.8-901.000", out Npwp _));
        Assert.True(PhoneNumber.TryParse("(021) 555-1234", out PhoneNumber _));
        Assert.True(Kbli.TryParse("16293/2025", out Kbli _));
        Assert.Equal(17, Nik.Parse("3573015708900001").BirthDay);
    }
}
