using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Reflection;
using IkmDomain.Crafts;
using IkmDomain.Feeds;
using IkmDomain.Validation;

namespace IkmDomain.Tests.Feeds;

/// <summary>The limits live in one place, and the generated writers and the readiness validators count the same way.</summary>
public class MarketplaceLimitsTests
{
    // 100 emoji and 50 letters: 150 characters, 250 UTF-16 units (CraftProduct takes up to 255 units).
    private static readonly string EmojiTitle = string.Concat(Enumerable.Repeat("🧺", 100)) + new string('a', 50);

    [Fact]
    public void Characters_are_counted_as_Unicode_scalar_values()
    {
        Assert.Equal(150, MarketplaceLimits.CountCharacters(EmojiTitle));
        Assert.Equal(0, MarketplaceLimits.CountCharacters(null));
        Assert.True(MarketplaceLimits.FitsLength(EmojiTitle, 150));
        Assert.False(MarketplaceLimits.FitsLength(EmojiTitle + "x", 150));
    }

    [Fact]
    public void A_title_at_the_Google_limit_in_emoji_passes_both_the_validator_and_the_feed()
    {
        var product = CraftProductFeedTests.Product() with { Title = EmojiTitle };

        var validation = new GoogleMerchantReadinessValidator().Validate(product);
        using var stream = new MemoryStream();
        var feed = CraftProductFeeds.GoogleMerchantTsv.Write([product], stream);

        Assert.DoesNotContain(validation.Errors, e => e.PropertyName == nameof(CraftProduct.Title));
        Assert.Equal(1, feed.ItemsWritten);
    }

    [Fact]
    public void A_title_one_over_the_Google_limit_fails_both_the_validator_and_the_feed()
    {
        var product = CraftProductFeedTests.Product() with { Title = EmojiTitle + "x" };

        var validation = new GoogleMerchantReadinessValidator().Validate(product);
        using var stream = new MemoryStream();
        var feed = CraftProductFeeds.GoogleMerchantTsv.Write([product], stream);

        Assert.Contains(validation.Errors, e => e.PropertyName == nameof(CraftProduct.Title));
        Assert.Equal("title", Assert.Single(feed.Skipped).Attribute);
        Assert.Equal("is longer than 150 characters", feed.Skipped[0].Reason);
    }

    [Fact]
    public void The_validators_limits_are_the_shared_constants()
    {
        Assert.Equal(MarketplaceLimits.GoogleMerchant.MaxTitleLength, GoogleMerchantReadinessValidator.MaxTitleLength);
        Assert.Equal(MarketplaceLimits.MetaCatalog.MaxDescriptionLength, MetaCatalogReadinessValidator.MaxDescriptionLength);
        Assert.Equal(MarketplaceLimits.TikTokShop.MaxMainImages, TikTokShopReadinessValidator.MaxImages);
    }

    [Theory]
    [InlineData(typeof(FeedRules))]
    [InlineData(typeof(FeedWriter))]
    [InlineData(typeof(IFeedFormatter<>))]
    [InlineData(typeof(RssChannel))]
    [InlineData(typeof(FeedBufferWriter))]
    public void Generated_code_only_API_is_hidden_from_IntelliSense(Type type)
    {
        var attribute = type.GetCustomAttribute<EditorBrowsableAttribute>();

        Assert.Equal(EditorBrowsableState.Never, attribute?.State);
    }
}
