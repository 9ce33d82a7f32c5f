using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Classifications;

public class KbliTests
{
    [Fact]
    public void Unqualified_code_is_KBLI_2020()
    {
        var kbli = Kbli.Parse("16293");

        Assert.Equal(KbliVersion.Kbli2020, kbli.Version);
        Assert.Equal("16293", kbli.Code);
        Assert.Equal("16293", kbli.ToString());
    }

    [Fact]
    public void Wood_carving_has_its_catalogue_title()
    {
        Assert.Equal("Industri kerajinan ukiran dari kayu bukan mebeller", Kbli.Parse("16293").Title);
    }

    [Fact]
    public void Catalogue_titles_are_marked_unverified()
    {
        var kbli = Kbli.Parse("16293");

        Assert.True(kbli.IsInCatalogue);
        Assert.False(kbli.IsTitleVerified);
    }

    [Fact]
    public void Edition_suffix_selects_KBLI_2025()
    {
        var kbli = Kbli.Parse("13133/2025");

        Assert.Equal(KbliVersion.Kbli2025, kbli.Version);
        Assert.Equal("Industri kain batik", kbli.Title);
        Assert.Equal("13133/2025", kbli.ToString());
    }

    [Fact]
    public void Same_digits_in_different_editions_differ()
    {
        var printing = Kbli.Parse("13133");
        var batik = Kbli.Parse("13133/2025");

        Assert.NotEqual(printing, batik);
        Assert.False(printing.IsCraftRelevant);
        Assert.True(batik.IsCraftRelevant);
    }

    [Fact]
    public void Explicit_2020_suffix_equals_the_unqualified_code()
    {
        Assert.Equal(Kbli.Parse("16291"), Kbli.Parse("16291/2020"));
    }

    [Fact]
    public void Unknown_well_formed_code_is_allowed_without_title()
    {
        var kbli = Kbli.Parse("47111");

        Assert.False(kbli.IsInCatalogue);
        Assert.Null(kbli.Title);
    }

    [Fact]
    public void Jewellery_is_32112_not_gemstones_32111()
    {
        Assert.Contains("perhiasan", Kbli.Parse("32112").Title, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("permata", Kbli.Parse("32111").Title, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("1629")]
    [InlineData("162930")]
    [InlineData("16293/2021")]
    [InlineData("16293-2025")]
    [InlineData("1629a")]
    [InlineData("")]
    public void Rejects_malformed_text(string text)
    {
        Assert.False(Kbli.TryParse(text, out _));
    }

    [Fact]
    public void Parse_failure_names_the_input_and_the_rule()
    {
        var ex = Assert.Throws<FormatException>(() => Kbli.Parse("1629"));

        Assert.Contains("'1629'", ex.Message);
        Assert.Contains("five digits", ex.Message);
    }

    [Fact]
    public void Parse_with_edition_reads_five_digits()
    {
        Assert.Equal(new Kbli(16293, KbliVersion.Kbli2025), Kbli.Parse("16293", KbliVersion.Kbli2025));
    }

    [Fact]
    public void Constructor_rejects_codes_over_five_digits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kbli(100_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kbli(16293, (KbliVersion)2017));
    }

    [Fact]
    public void Formats_code_only_and_with_edition()
    {
        var kbli = Kbli.Parse("01234");

        Assert.Equal("01234", kbli.ToString("C", null));
        Assert.Equal("01234/2020", kbli.ToString("V", null));
        Assert.Equal(1, kbli.Division);
    }

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(IkmArbitraries.Kbli(), kbli => Kbli.Parse(kbli.ToString()) == kbli);

    [Property]
    public Property Versioned_form_round_trips() =>
        Prop.ForAll(IkmArbitraries.Kbli(), kbli => Kbli.Parse(kbli.ToString("V", null)) == kbli);

    [Property]
    public bool TryParse_never_throws(string? text) => Kbli.TryParse(text, out _) || true;
}
