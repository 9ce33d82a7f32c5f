using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IkmDomain.AspNetCore.Tests;

/// <summary>The sample app on Kestrel, bound to 127.0.0.1 on a free port, called over HTTP.</summary>
[Collection(GlobalLanguageCollection.Name)]
public sealed class WebTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient _http = new();

    public async Task InitializeAsync()
    {
        _app = SampleApp.Build("http://127.0.0.1:0");
        _app.MapGet("/values", (RegionCode region, PostalCode postalCode, Nib nib, Npwp npwp, Nik nik, PhoneNumber phone, Kbli kbli,
            Money money, Currency currency, ExchangeRate rate, HsCode hs, Gtin gtin, CraftMaterial material, CraftTechnique technique,
            Weight weight, Dimensions dimensions, CountryCode country, TradePeriod period, ExportSource source, IkmDomain.Common.FeedUrl link) =>
            string.Join("|", new object[] { region, postalCode, nib, npwp, nik, phone, kbli, money, currency, rate, hs, gtin, material, technique, weight, dimensions, country, period, source, link }));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Good_values_bind_from_route_query_and_header()
    {
        var region = await _http.GetFromJsonAsync<JsonElement>("/regions/35.73");
        Assert.Equal("35.73", region.GetProperty("code").GetString());
        Assert.Equal("Regency", region.GetProperty("level").GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/businesses?nib=8120000123456&scale=Small");
        request.Headers.Add("X-Region", "3573");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("8120000123456", body.GetProperty("nib").GetString());
        Assert.Equal("35.73", body.GetProperty("region").GetString());
        Assert.Equal("Small", body.GetProperty("scale").GetString());
    }

    [Fact]
    public async Task Every_value_type_binds_from_the_query()
    {
        var text = await _http.GetStringAsync(
            "/values?region=35.73.01&postalCode=65145&nib=8120000123456&npwp=01.234.567.8-901.000&nik=3573011708900001&phone=081234567890"
            + "&kbli=16293&money=IDR%20150000&currency=IDR&rate=USD%2FIDR%2016250&hs=4420.11&gtin=4006381333931&material=kayu"
            + "&technique=tenun%20ikat&weight=1.5%20kg&dimensions=30%20x%2020%20x%2010%20cm&country=JP&period=2024&source=Kemenperin&link=https%3A%2F%2Fexample.id%2Fp%2F1");
        var parts = text.Split('|');
        Assert.Equal(IkmValueParsers.BindableTypes.Count, parts.Length);
        Assert.Equal("35.73.01", parts[0]);
        Assert.Equal("8120000123456", parts[2]);
        Assert.Equal("+6281234567890", parts[5]);
        Assert.Equal(Money.Idr(150_000m).ToString(), parts[7]);
        Assert.Equal(Weight.FromGrams(1_500).ToString(), parts[14]);
        Assert.Equal("https://example.id/p/1", parts[19]);
        Assert.All(IkmValueParsers.BindableTypes, t => Assert.Contains(t.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)));

        using var bad = await _http.GetAsync("/values?region=35.73.01&postalCode=05145");
        Assert.Equal("IKM204", (await Problem(bad)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/regions/35.70", "IKM201", "code", "35.70")]
    [InlineData("/regions/99.99.99.99999", "IKM201", "code", "99.99.99.99999")]
    [InlineData("/businesses?nib=812000012345", "IKM301", "nib", "812000012345")]
    public async Task A_bad_route_or_query_value_is_a_problem_with_its_IKM_code(string url, string code, string parameter, string value)
    {
        using var response = await _http.GetAsync(url);
        var problem = await Problem(response);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(value, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_header_value_is_a_problem_naming_the_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/businesses?nib=8120000123456");
        request.Headers.Add("X-Region", "35.7");
        using var response = await _http.SendAsync(request);
        var problem = await Problem(response);
        Assert.Equal("IKM201", problem.GetProperty("code").GetString());
        Assert.Equal("X-Region", problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("\"Rp150.000\"", "IDR", 150000)]
    [InlineData("\"IDR 150000\"", "IDR", 150000)]
    [InlineData("{\"amount\":25.5,\"currency\":\"USD\"}", "USD", 25.5)]
    [InlineData("150000", "IDR", 150000)]
    public async Task Money_in_a_body_is_a_number_an_object_or_text(string price, string currency, decimal amount)
    {
        using var response = await _http.PostAsync("/products", Json(ProductJson(price)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(currency, body.GetProperty("price").GetProperty("currency").GetString());
        Assert.Equal(amount, body.GetProperty("price").GetProperty("amount").GetDecimal());
        Assert.Equal("InStock", body.GetProperty("availability").GetString());
    }

    [Theory]
    [InlineData("\"Rp1.3\"", "IKM101")]
    [InlineData("{\"amount\":1}", "IKM101")]
    [InlineData("true", "IKM101")]
    public async Task Bad_money_in_a_body_is_a_problem_with_its_IKM_code(string price, string code)
    {
        using var response = await _http.PostAsync("/products", Json(ProductJson(price)));
        var problem = await Problem(response);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("price", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_price_in_another_currency_than_the_body_says_is_refused()
    {
        using var response = await _http.PostAsync("/products", Json(ProductJson("\"US$25\"", currency: "IDR")));
        var problem = await Problem(response);
        Assert.Equal("IKM102", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Validation_failures_are_problem_details_with_codes()
    {
        var json = ProductJson("-5").Replace("\"kayu\"", "\"plastik\"", StringComparison.Ordinal);
        foreach (var url in new[] { "/products", "/products/check" })
        {
            using var response = await _http.PostAsync(url, Json(json));
            var problem = await Problem(response);
            var codes = problem.GetProperty("ikmErrors").EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToList();
            Assert.Contains("IKM408", codes);
            Assert.Contains("IKM405", codes);
            Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
        }
    }

    [Fact]
    public async Task A_feed_streams_to_the_response()
    {
        using var response = await _http.GetAsync("/feeds/google.tsv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/tab-separated-values", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("google.tsv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id\t", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("TOPENG-01\t", lines[1], StringComparison.Ordinal);
        Assert.Contains("150000.00 IDR", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("BATIK-02\t", lines[2], StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string ProductJson(string price, string? currency = null) =>
        "{\"sku\":\"TOPENG-01\",\"title\":\"Topeng Malangan\",\"description\":\"Topeng kayu ukir tangan.\",\"materials\":[\"kayu\"],"
        + "\"price\":" + price + (currency is null ? string.Empty : ",\"currency\":\"" + currency + "\"")
        + ",\"imageLinks\":[\"https://example.id/a.jpg\"],\"link\":\"https://example.id/p/1\",\"brand\":\"Asmoro\"}";
}
