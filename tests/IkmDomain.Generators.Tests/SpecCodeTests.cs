namespace IkmDomain.Generators.Tests;

/// <summary>
/// Each marketplace spec owns the error codes of its generated per-item rules (looked up by
/// FeedAttribute, not by matching attribute names as text): the readiness validators' codes where they
/// check the same rule, else the feed writers' IKM493-496.
/// </summary>
public class SpecCodeTests
{
    [Theory]
    [InlineData(0, FeedAttributes.Title, "IKM430")]
    [InlineData(0, FeedAttributes.Brand, "IKM418")]
    [InlineData(0, FeedAttributes.Description, "IKM493")]
    [InlineData(1, FeedAttributes.Title, "IKM440")]
    [InlineData(1, FeedAttributes.Description, "IKM441")]
    [InlineData(1, FeedAttributes.Id, "IKM493")]
    [InlineData(2, FeedAttributes.Title, "IKM450")]
    [InlineData(3, FeedAttributes.Title, "IKM493")]
    [InlineData(4, FeedAttributes.Title, "IKM493")]
    [InlineData(5, FeedAttributes.Title, "IKM493")]
    public void Length_codes(int marketplace, int attribute, string code) =>
        Assert.Equal(code, MarketplaceSpecs.Get(marketplace)!.LengthCode(attribute));

    [Theory]
    [InlineData(0, FeedAttributes.Availability, "IKM411")]
    [InlineData(0, FeedAttributes.Condition, "IKM423")]
    [InlineData(0, FeedAttributes.Gender, "IKM494")]
    [InlineData(1, FeedAttributes.Availability, "IKM411")]
    [InlineData(1, FeedAttributes.Condition, "IKM423")]
    [InlineData(1, FeedAttributes.AgeGroup, "IKM494")]
    [InlineData(3, FeedAttributes.Condition, "IKM494")]
    [InlineData(4, FeedAttributes.Availability, "IKM494")]
    [InlineData(5, FeedAttributes.Title, "IKM494")]
    public void Enum_codes(int marketplace, int attribute, string code) =>
        Assert.Equal(code, MarketplaceSpecs.Get(marketplace)!.EnumCode(attribute));

    [Theory]
    [InlineData(0, FeedAttributes.Link, "IKM417")]
    [InlineData(0, FeedAttributes.MobileLink, "IKM416")]
    [InlineData(0, FeedAttributes.ImageLink, "IKM416")]
    [InlineData(1, FeedAttributes.Link, "IKM417")]
    [InlineData(1, FeedAttributes.AdditionalImageLink, "IKM416")]
    [InlineData(4, FeedAttributes.ImageLink, "IKM416")]
    [InlineData(4, FeedAttributes.Link, "IKM417")] // offers.url: the product link (was IKM416 while codes were matched by name)
    [InlineData(5, FeedAttributes.Title, "IKM416")]
    public void Link_codes(int marketplace, int attribute, string code) =>
        Assert.Equal(code, MarketplaceSpecs.Get(marketplace)!.LinkCode(attribute));

    [Theory]
    [InlineData(1, FeedAttributes.AdditionalImageLink, "IKM415")]
    [InlineData(2, FeedAttributes.AdditionalImageLink, "IKM452")]
    [InlineData(1, FeedAttributes.ProductType, "IKM496")]
    [InlineData(5, FeedAttributes.Title, "IKM496")]
    public void Too_many_codes(int marketplace, int attribute, string code) =>
        Assert.Equal(code, MarketplaceSpecs.Get(marketplace)!.TooManyCode(attribute));

    [Fact]
    public void Every_code_a_spec_gives_is_documented_in_error_codes_md()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(Root(), "docs", "error-codes.md"));
        for (var m = 0; m <= 5; m++)
        {
            var spec = MarketplaceSpecs.Get(m)!;
            for (var a = 0; a < FeedAttributes.All.Length; a++)
            {
                foreach (var code in new[] { spec.LengthCode(a), spec.EnumCode(a), spec.LinkCode(a), spec.TooManyCode(a) })
                {
                    Assert.Contains("| " + code + " |", docs, System.StringComparison.Ordinal);
                }
            }
        }
    }

    private static string Root([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "..", ".."));
}
