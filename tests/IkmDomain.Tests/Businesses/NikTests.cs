using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class NikTests
{
    [Fact]
    public void Reads_region_birth_date_and_serial_for_a_man()
    {
        var nik = Nik.Parse("3573011708900001");

        Assert.Equal(357301, nik.RegionDigits);
        Assert.Equal("35.73.01", nik.DistrictCode);
        Assert.Equal(Gender.Male, nik.Gender);
        Assert.Equal(17, nik.BirthDay);
        Assert.Equal(8, nik.BirthMonth);
        Assert.Equal(90, nik.BirthYearOfCentury);
        Assert.Equal(1, nik.Serial);
    }

    [Fact]
    public void Women_have_forty_added_to_the_day()
    {
        var nik = Nik.Parse("3573015708900001");

        Assert.Equal(Gender.Female, nik.Gender);
        Assert.Equal(17, nik.BirthDay);
    }

    [Theory]
    [InlineData("3573010101900001")] // day 01
    [InlineData("3573013101900001")] // day 31
    [InlineData("3573014101900001")] // day 41 = 1, female
    [InlineData("3573017101900001")] // day 71 = 31, female
    [InlineData("3573012902000001")] // 29 Feb 2000
    [InlineData("3573016902960001")] // 29 Feb (96), female
    public void Accepts_day_boundaries_and_leap_days(string text)
    {
        Assert.True(Nik.TryParse(text, out _));
    }

    [Theory]
    [InlineData("3573010001900001")] // day 00
    [InlineData("3573013201900001")] // day 32
    [InlineData("3573014001900001")] // day 40
    [InlineData("3573017201900001")] // day 72
    [InlineData("3573011500900001")] // month 00
    [InlineData("3573011513900001")] // month 13
    [InlineData("3573013104900001")] // 31 April
    [InlineData("3573012902990001")] // 29 Feb 99
    [InlineData("3573017102900001")] // 31 Feb, female
    public void Rejects_impossible_birth_dates(string text)
    {
        Assert.False(Nik.TryParse(text, out _));
    }

    [Theory]
    [InlineData("0073011708900001")] // province 00
    [InlineData("1073011708900001")] // province 10
    [InlineData("3500011708900001")] // regency 00
    [InlineData("3573001708900001")] // district 00
    [InlineData("2073011708900001")] // province 20
    [InlineData("3570011708900001")] // regency 70
    public void Rejects_a_malformed_region(string text)
    {
        Assert.False(Nik.TryParse(text, out _));
    }

    [Fact]
    public void Accepts_a_region_code_that_no_longer_exists()
    {
        // 96.99.99: an issued province, but no such district in any directory edition; a NIK keeps the
        // code it was issued with.
        Assert.True(Nik.TryParse("9699991708900001", out _));
    }

    [Fact]
    public void District_is_a_region_code()
    {
        var district = Nik.Parse("3573011708900001").District;

        Assert.Equal("35.73.01", district.ToString());
        Assert.Equal(IkmDomain.Regions.RegionLevel.District, district.Level);
    }

    [Fact]
    public void Parse_failure_names_the_input_and_the_rule()
    {
        var ex = Assert.Throws<FormatException>(() => Nik.Parse("3573013201900001"));

        Assert.Contains("'3573013201900001'", ex.Message);
        Assert.Contains("day of birth", ex.Message);
        Assert.Contains("PP 37/2007", ex.Message);
    }

    [Fact]
    public void Birth_date_takes_the_latest_century_not_after_today()
    {
        var today = new DateOnly(2026, 11, 27);

        Assert.Equal(new DateOnly(1990, 8, 17), Nik.Parse("3573011708900001").BirthDateAsOf(today));
        Assert.Equal(new DateOnly(2005, 8, 17), Nik.Parse("3573011708050001").BirthDateAsOf(today));
        Assert.Equal(new DateOnly(1926, 12, 1), Nik.Parse("3573010112260001").BirthDateAsOf(today));
    }

    [Fact]
    public void Birth_date_of_29_February_00_skips_1900()
    {
        Assert.Equal(new DateOnly(2000, 2, 29), Nik.Parse("3573012902000001").BirthDateAsOf(new DateOnly(2026, 1, 1)));
        Assert.Equal(new DateOnly(1600, 2, 29), Nik.Parse("3573012902000001").BirthDateAsOf(new DateOnly(1999, 1, 1)));
    }

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(IkmArbitraries.Nik(), nik => Nik.Parse(nik.ToString()) == nik);

    [Property]
    public Property Birth_date_is_never_after_today() =>
        Prop.ForAll(IkmArbitraries.Nik(), nik =>
        {
            var today = new DateOnly(2026, 11, 27);
            var born = nik.BirthDateAsOf(today);
            return born <= today && born.Day == nik.BirthDay && born.Month == nik.BirthMonth && born.Year % 100 == nik.BirthYearOfCentury;
        });

    [Property]
    public Property Invalid_text_is_rejected() =>
        Prop.ForAll(IkmArbitraries.InvalidNikText().ToArbitrary(), text => !Nik.TryParse(text, out _));

    [Property]
    public bool TryParse_never_throws(string? text) => Nik.TryParse(text, out _) || true;
}
