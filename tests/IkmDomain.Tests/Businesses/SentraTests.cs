using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class SentraTests
{
    private static Sentra Sample() => new()
    {
        Id = "S-1",
        Name = "Sentra Ukir Mulyoharjo",
        Village = RegionCode.Parse("33.20.01.2001"),
        MainCommodity = "Ukiran kayu",
        Members = [Nib.Parse("8120000123456"), Nib.Parse("8120000123457")],
    };

    [Fact]
    public void Equal_when_members_are_equal()
    {
        Assert.Equal(Sample(), Sample());
    }

    [Fact]
    public void No_duplicates_in_distinct_members()
    {
        Assert.Empty(Sample().DuplicateMembers());
    }

    [Fact]
    public void Round_trips_through_JSON()
    {
        var sentra = Sample();

        Assert.Equal(sentra, JsonSerializer.Deserialize<Sentra>(JsonSerializer.Serialize(sentra)));
    }

    [Property(MaxTest = 30)]
    public Property Generated_sentra_have_no_duplicate_members() =>
        Prop.ForAll(IkmArbitraries.Sentra(), s => s.DuplicateMembers().Count == 0 && s.Village.Level == RegionLevel.Village);

    [Property(MaxTest = 30)]
    public Property Repeating_a_member_makes_it_a_duplicate() =>
        Prop.ForAll(IkmArbitraries.Sentra(), s =>
        {
            var repeated = s with { Members = s.Members.Append(s.Members[0]).ToArray() };
            return repeated.DuplicateMembers().SequenceEqual([s.Members[0]]);
        });
}
