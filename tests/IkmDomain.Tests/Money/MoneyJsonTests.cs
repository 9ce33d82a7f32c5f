using System.Collections.Generic;
using System.Text.Json;
using FsCheck.Xunit;

namespace IkmDomain.Tests.MoneyArea;

public class MoneyJsonTests
{
    private static readonly Money Price = new(1_300_000m, Currency.IDR);

    [Fact]
    public void Money_writes_amount_with_minor_digits_and_currency_code()
    {
        Assert.Equal("{\"amount\":1300000.00,\"currency\":\"IDR\"}", JsonSerializer.Serialize(Price, IkmJsonContext.Default.Money));
    }

    [Fact]
    public void Reflection_serializer_writes_the_same_as_the_context()
    {
        Assert.Equal(JsonSerializer.Serialize(Price, IkmJsonContext.Default.Money), JsonSerializer.Serialize(Price));
    }

    [Fact]
    public void Money_reads_the_object_form()
    {
        Assert.Equal(Price, JsonSerializer.Deserialize("{\"amount\":1300000.00,\"currency\":\"IDR\"}", IkmJsonContext.Default.Money));
    }

    [Fact]
    public void Money_reads_the_object_form_with_capitalised_names_in_any_order()
    {
        Assert.Equal(Price, JsonSerializer.Deserialize("{\"Currency\":\"IDR\",\"Amount\":1300000}", IkmJsonContext.Default.Money));
    }

    [Fact]
    public void Money_reads_the_string_form()
    {
        Assert.Equal(Price, JsonSerializer.Deserialize("\"IDR 1300000.00\"", IkmJsonContext.Default.Money));
    }

    [Theory]
    [InlineData("{\"amount\":1}")]
    [InlineData("{\"currency\":\"IDR\"}")]
    [InlineData("{\"amount\":1,\"currency\":\"QQQ\"}")]
    [InlineData("\"1300000\"")]
    [InlineData("42")]
    public void Bad_money_json_throws_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, IkmJsonContext.Default.Money));
    }

    [Fact]
    public void Deserialized_money_behaves_like_a_constructed_one()
    {
        var read = JsonSerializer.Deserialize("{\"amount\":10.005,\"currency\":\"IDR\"}", IkmJsonContext.Default.Money);
        var made = new Money(10.005m, Currency.IDR);
        Assert.Equal((made * 3m).Round(), (read * 3m).Round());
        Assert.Equal(made.ToString(), read.ToString());
    }

    [Fact]
    public void Currency_writes_as_its_code()
    {
        Assert.Equal("\"IDR\"", JsonSerializer.Serialize(Currency.IDR, IkmJsonContext.Default.Currency));
        Assert.Equal(Currency.USD, JsonSerializer.Deserialize("\"USD\"", IkmJsonContext.Default.Currency));
    }

    [Fact]
    public void Currency_works_as_a_dictionary_key()
    {
        var totals = new Dictionary<Currency, Money> { [Currency.IDR] = Price };
        var json = JsonSerializer.Serialize(totals, IkmJsonContext.Default.DictionaryCurrencyMoney);
        Assert.Equal("{\"IDR\":{\"amount\":1300000.00,\"currency\":\"IDR\"}}", json);
        Assert.Equal(Price, JsonSerializer.Deserialize(json, IkmJsonContext.Default.DictionaryCurrencyMoney)![Currency.IDR]);
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Money_json_round_trips(Money money)
    {
        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(money, IkmJsonContext.Default.Money), IkmJsonContext.Default.Money);
        return read == money && read.ToString() == money.ToString();
    }
}
