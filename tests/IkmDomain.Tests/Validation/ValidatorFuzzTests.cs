using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Businesses;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Feeds;
using IkmDomain.Testing;
using IkmDomain.Validation;

namespace IkmDomain.Tests.Validation;

/// <summary>
/// Issue 14: no validator and no feed check may throw on any input. Every string member (and list of
/// strings) of each validator's input is filled with random and hostile text, bypassing the types'
/// own checks the way a deserializer or a mapper can; validating must report, never throw.
/// </summary>
public class ValidatorFuzzTests
{
    private static readonly string[] Hostile =
    [
        "file://\u202E/x", "http://\u202E/x", "https://a\u202E.com/x", "https://a\u200B.com", "http://[", "http://%zz", "http://a:99999",
        "\0", "\uD800", "\uDC00x", "\u0085", "\u2028", "\uFEFF", "", " ", "\t", new string('9', 5000), "https://" + new string('a', 70_000),
        "-1", "1e400", "79228162514264337593543950336", "IDR 0.00000000000000000000000000001", "Rp150.000,-", "../../etc/passwd",
        "<script>", "=cmd|' /C calc'!A0", "javascript:alert(1)", "mailto:a@b", "\\\\server\\share", "http://xn--", "http://xn--a.com",
        "99.99.99.9999", "8120000123456\u0085", "USD/IDR 16250\0",
    ];

    private static Gen<string?> AnyText() =>
        Gen.Frequency(
            (3, ArbMap.Default.GeneratorFor<string?>()),
            (3, Gen.Elements(Hostile).Select(s => (string?)s)),
            (1, Gen.Elements(Hostile).Two().Select(t => (string?)(t.Item1 + t.Item2))));

    private static readonly IValidator[] ProductValidators =
    [
        new GoogleMerchantReadinessValidator(), new MetaCatalogReadinessValidator(), new ShopeeReadinessValidator(), new TikTokShopReadinessValidator(),
        .. Enum.GetValues<Marketplace>().Select(m => TryFor(m)).OfType<IValidator>(),
    ];

    private static IValidator? TryFor(Marketplace marketplace)
    {
        try
        {
            return MarketplaceReadiness.For(marketplace);
        }
        catch (ArgumentException)
        {
            return null; // no readiness rules for this marketplace (Custom)
        }
    }

    /// <summary>A copy of <paramref name="value"/> with every string member set to the next text, where the setter accepts it.</summary>
    private static T Scramble<T>(T value, IEnumerator<string?> texts)
        where T : class
    {
        var copy = (T)typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(value, null)!;
        foreach (var property in typeof(T).GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.CanWrite))
        {
            texts.MoveNext();
            try
            {
                if (property.PropertyType == typeof(string))
                {
                    property.SetValue(copy, texts.Current);
                }
                else if (property.PropertyType.IsAssignableFrom(typeof(List<string?>)))
                {
                    property.SetValue(copy, new List<string?> { texts.Current, "https://example.com/a.jpg", null });
                }
            }
            catch (TargetInvocationException)
            {
                // The type's own setter rejected the text: that is construction, not validation.
            }
        }

        return copy;
    }

    private static Property NeverThrows<T>(Arbitrary<T> valid, params IValidator[] validators)
        where T : class =>
        Prop.ForAll(valid, Gen.ArrayOf(AnyText(), 64).ToArbitrary(), (item, texts) =>
        {
            var input = Scramble(item, ((IEnumerable<string?>)texts).Concat(Enumerable.Repeat<string?>("x", 64)).GetEnumerator());
            foreach (var validator in validators)
            {
                validator.Validate(new ValidationContext<T>(input));
            }

            return true;
        });

    [Fact]
    public void The_issue_14_example_reports_instead_of_throwing()
    {
        var result = new CraftProductValidator().Validate(new CraftProductInput { Link = "file://\u202E/x" });
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CraftProductInput.Link));
    }

    [Property(MaxTest = 300)]
    public Property Craft_product_input_validator_never_throws() =>
        NeverThrows(IkmArbitraries.CraftProductInput(), new CraftProductValidator());

    [Property(MaxTest = 200)]
    public Property Marketplace_readiness_validators_never_throw() =>
        NeverThrows(IkmArbitraries.CraftProduct(), ProductValidators);

    [Property(MaxTest = 200)]
    public Property Business_sentra_and_certification_validators_never_throw() =>
        NeverThrows(IkmArbitraries.IkmBusiness(), new IkmBusinessValidator())
            .And(NeverThrows(IkmArbitraries.Sentra(), new SentraValidator()))
            .And(NeverThrows(IkmArbitraries.Certification(), new CertificationValidator()));

    [Property(MaxTest = 200)]
    public Property Export_record_validator_never_throws() =>
        NeverThrows(IkmArbitraries.ExportRecord(), new ExportRecordValidator());

    [Property(MaxTest = 500)]
    public Property Feed_url_checks_never_throw() =>
        Prop.ForAll(AnyText().ToArbitrary(), text =>
        {
            var ok = FeedRules.IsHttpUrl(text, 2000);
            return !ok || text!.StartsWith("http", StringComparison.OrdinalIgnoreCase);
        });

    [Theory]
    [InlineData(" http://xn--a.com")]
    [InlineData("https://shop.example.id/p/1 ")]
    [InlineData("\thttps://shop.example.id/p/1")]
    public void A_url_with_surrounding_white_space_is_not_a_feed_url(string text)
    {
        // Uri.TryCreate trims it, but the feed would be written with the space (found by Feed_url_checks_never_throw).
        Assert.False(FeedRules.IsHttpUrl(text, 2000));
        Assert.True(FeedRules.IsHttpUrl(text.Trim(), 2000));
    }

    [Theory]
    [InlineData("file://\u202E/x")]
    [InlineData("https://a\u202E.com/x")]
    [InlineData("https://a\u200B.com")]
    public void A_url_with_hidden_characters_is_not_a_feed_url(string text)
    {
        Assert.False(FeedRules.IsHttpUrl(text, 2000));
    }
}
