using System;
using System.Globalization;
using System.Linq;
using IkmDomain.AspNetCore;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;

namespace IkmDomain.AspNetCore.Tests;

/// <summary>
/// Issue 16: route, query and header binding (<see cref="IParsable{TSelf}"/>) can never produce a "not set"
/// <c>default</c>: the text such a default prints is a bad value (400 with the type's IKM code), while a documented
/// default binds.
/// </summary>
public class NotSetBindingTests
{
    private static readonly Type[] NotSet =
    [
        typeof(Nib), typeof(Npwp), typeof(Nik), typeof(PhoneNumber), typeof(Kbli), typeof(HsCode), typeof(CraftMaterial), typeof(CraftTechnique),
        typeof(RegionCode), typeof(PostalCode), typeof(Gtin), typeof(Dimensions), typeof(TradePeriod), typeof(ExportSource), typeof(IkmDomain.Common.FeedUrl),
    ];

    [Fact]
    public void Every_bindable_type_is_decided()
    {
        var documented = new[] { typeof(Money), typeof(Currency), typeof(ExchangeRate), typeof(CountryCode), typeof(Weight) };
        Assert.Equal(
            NotSet.Concat(documented).Select(t => t.FullName).Order(StringComparer.Ordinal),
            IkmValueParsers.BindableTypes.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_text_of_a_not_set_default_does_not_bind()
    {
        foreach (var type in NotSet)
        {
            var text = Activator.CreateInstance(type)!.ToString();
            Assert.True(IkmValueParsers.IsBad(type, text, out var code, out var message), $"{type.Name}: '{text}' binds");
            Assert.StartsWith("IKM", code, StringComparison.Ordinal);
            Assert.NotEmpty(message);
            Assert.True(IkmValueParsers.IsBad(typeof(Nullable<>).MakeGenericType(type), text, out _, out _), type.Name + "?");
        }
    }

    [Theory]
    [InlineData("0000000000000", typeof(Nib))]
    [InlineData("00.000.000.0-000.000", typeof(Npwp))]
    [InlineData("00000", typeof(Kbli))]
    public void All_zero_identifiers_do_not_bind(string text, Type type)
    {
        Assert.True(IkmValueParsers.IsBad(type, text, out _, out var message));
        Assert.Contains("not set", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_documented_default_binds()
    {
        foreach (var value in new object[] { default(Money), default(Currency), default(ExchangeRate), default(CountryCode), default(Weight) })
        {
            Assert.False(IkmValueParsers.IsBad(value.GetType(), Convert.ToString(value, CultureInfo.InvariantCulture), out _, out var message), message);
        }
    }
}
