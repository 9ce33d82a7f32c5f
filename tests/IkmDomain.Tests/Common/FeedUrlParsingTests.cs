using System;
using IkmDomain.Common;

namespace IkmDomain.Tests.Common;

/// <summary>FeedUrl is IParsable, so ASP.NET Core binds it and the EF Core converter stores it.</summary>
public class FeedUrlParsingTests
{
    [Theory]
    [InlineData("https://example.id/p/1", "https://example.id/p/1")]
    [InlineData("http://example.id/a b", "http://example.id/a%20b")]
    public void Parses_absolute_http_urls(string text, string expected)
    {
        Assert.Equal(expected, FeedUrl.Parse(text, null).Text);
        Assert.True(FeedUrl.TryParse(text, null, out var url));
        Assert.Equal(expected, url.Text);
        Assert.Equal(url, Parse<FeedUrl>(url.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/p/1")]
    [InlineData("ftp://example.id/p/1")]
    [InlineData("not a url")]
    public void Rejects_what_is_not_an_absolute_http_url(string text)
    {
        Assert.False(FeedUrl.TryParse(text, null, out var url));
        Assert.True(url.IsEmpty);
        var error = Assert.Throws<FormatException>(() => FeedUrl.Parse(text, null));
        Assert.Contains("absolute http or https", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.False(FeedUrl.TryParse(null, null, out _));
        Assert.Throws<ArgumentNullException>(() => FeedUrl.Parse(null!, null));
    }

    private static T Parse<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);
}
