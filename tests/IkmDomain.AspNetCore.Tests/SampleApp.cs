using System;
using System.Linq;
using FluentValidation;
using IkmDomain;
using IkmDomain.AspNetCore;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Regions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace IkmDomain.AspNetCore.Tests;

// The README's ASP.NET Core example (section "ASP.NET Core"), as a test builds and runs it.
public static class SampleApp
{
    public static WebApplication Build(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls(url);
        builder.Services.AddIkmDomain(options => options.Language = System.Globalization.CultureInfo.InvariantCulture);

        var app = builder.Build();
        CraftProduct[] catalogue = [Product("TOPENG-01", 150_000m), Product("BATIK-02", 1_250_000m)];

        // Route, query and header values bind to IkmDomain types; a bad one is a 400 problem with its IKM code.
        app.MapGet("/regions/{code}", (RegionCode code, RegionDirectory directory) =>
            directory.Find(code) is { } region ? Results.Ok(region) : Results.NotFound());
        app.MapGet("/businesses", (Nib nib, [FromHeader(Name = "X-Region")] RegionCode? region, UmkmScale? scale) =>
            Results.Ok(new { nib, region, scale = scale ?? UmkmScale.Micro }));

        // Bodies: price as a number, "Rp150.000", "IDR 150000" or {"amount":150000,"currency":"IDR"};
        // the validator's failures come back as problem details with their IKM codes.
        app.MapPost("/products", (CraftProductInput input) =>
            {
                var product = input.ToProduct();
                return Results.Ok(new { product.Sku, product.Price, product.Availability });
            })
            .WithIkmValidation<CraftProductInput>();

        // Or validate by hand, with the validator from the container and one call to problem details.
        app.MapPost("/products/check", (CraftProductInput input, IValidator<CraftProductInput> validator) =>
            validator.Validate(input) is { IsValid: false } result ? result.ToProblem() : Results.NoContent());

        // A feed streams to the response body asynchronously.
        app.MapGet("/feeds/google.tsv", () => IkmFeedResults.Feed(
            catalogue, CraftProductFeeds.GoogleMerchantTsv.WriteAsync, "text/tab-separated-values; charset=utf-8", "google.tsv"));

        return app;
    }

    private static CraftProduct Product(string sku, decimal price) => new(
        sku,
        "Topeng Malangan kayu",
        "Topeng kayu ukir tangan dari Malang.",
        [CraftMaterial.Parse("kayu")],
        Money.Idr(price),
        [new Uri("https://example.id/img/" + sku + ".jpg")],
        new Uri("https://example.id/p/" + sku),
        "Sanggar Asmoro Bangun")
    {
        OriginRegion = RegionCode.Parse("35.73"),
    };
}
