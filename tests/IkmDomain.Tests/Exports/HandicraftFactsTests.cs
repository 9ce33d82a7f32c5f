using System.Linq;

namespace IkmDomain.Tests.Exports;

public class HandicraftFactsTests
{
    [Fact]
    public void Kemenperin_series_runs_2016_to_2022_with_the_published_values()
    {
        var values = HandicraftFacts.KemenperinExports.Select(r => (r.Period.Year, r.Value.Amount / 1_000_000m));

        Assert.Equal(new[] { (2016, 747m), (2017, 776m), (2018, 870m), (2019, 892m), (2020, 829m), (2021, 916m), (2022, 949m) }, values);
    }

    [Fact]
    public void Kemenperin_and_Kemendag_series_carry_their_own_source()
    {
        Assert.All(HandicraftFacts.KemenperinExports, r => Assert.Equal(ExportSource.Kemenperin, r.Source));
        Assert.All(HandicraftFacts.KemendagExports, r => Assert.Equal(ExportSource.Kemendag, r.Source));
    }

    [Fact]
    public void Every_published_export_figure_has_a_reference_and_covers_the_world()
    {
        Assert.All(HandicraftFacts.AllExports, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Reference));
            Assert.True(r.Partner.IsWorld);
        });
    }

    [Fact]
    public void The_2017_revision_is_kept_apart_from_the_series()
    {
        Assert.Equal(868_000_000m, HandicraftFacts.Kemenperin2017Revised.Value.Amount);
        Assert.DoesNotContain(HandicraftFacts.Kemenperin2017Revised, HandicraftFacts.KemenperinExports);
    }

    [Fact]
    public void The_industry_has_700000_units_and_1_32_million_workers()
    {
        Assert.Equal(700_000m, HandicraftFacts.BusinessUnits.Value);
        Assert.Equal(1_320_000m, HandicraftFacts.Workers.Value);
    }

    [Fact]
    public void The_United_States_is_the_top_destination_every_published_year()
    {
        Assert.All(HandicraftFacts.Destinations.Where(d => d.Rank == 1), d => Assert.Equal(CountryCode.UnitedStates, d.Partner));
        Assert.Equal(0.5889m, HandicraftFacts.Destinations.Single(d => d.Year == 2021 && d.Rank == 1).Share);
    }
}
