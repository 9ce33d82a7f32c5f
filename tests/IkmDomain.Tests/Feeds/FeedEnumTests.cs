namespace IkmDomain.Tests.Feeds;

public class FeedEnumTests
{
    [Fact]
    public void MarketplaceFeedAttribute_keeps_its_arguments()
    {
        var attribute = new MarketplaceFeedAttribute(Marketplace.Shopee, FeedFormat.Csv);

        Assert.Equal(Marketplace.Shopee, attribute.Marketplace);
        Assert.Equal(FeedFormat.Csv, attribute.Format);
    }
}
