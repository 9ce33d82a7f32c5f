using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IkmDomain.Exports;
using IkmDomain.Feeds;
using Xunit;

namespace IkmDomain.Tests.Common;

/// <summary>A count of one in a library message reads in the singular ("1 field", not "1 fields").</summary>
public class SingularCountMessageTests
{
    [Theory]
    [InlineData(1, "has more than 1 value")]
    [InlineData(20, "has more than 20 values")]
    public void A_list_limit_of_one_is_one_value(int limit, string expected)
    {
        Assert.Equal(expected, FeedRules.TooMany("additional_image_link", limit).Reason);
    }

    [Theory]
    [InlineData("2021", "has 1 field but the header has 6")]
    [InlineData("2021,360", "has 2 fields but the header has 6")]
    public async Task A_comtrade_row_of_one_field_says_so_in_the_singular(string row, string expected)
    {
        var errors = new List<ComtradeFormatException>();
        var csv = "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n" + row + "\n";

        await foreach (var _ in ComtradeReader.ReadCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new ComtradeReadOptions { OnError = errors.Add }))
        {
        }

        Assert.Contains(expected, Assert.Single(errors).Message);
    }
}
