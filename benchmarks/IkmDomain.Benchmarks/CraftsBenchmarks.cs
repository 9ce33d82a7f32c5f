using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using IkmDomain;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Validation;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Crafts value types on the feed-writing hot path (parse, UTF-8 format) against the code users
/// typically write instead (LINQ check digit, string interpolation), plus validating one product.
/// </summary>
[MemoryDiagnoser]
public class CraftsBenchmarks
{
    private readonly byte[] _utf8 = new byte[64];
    private readonly Weight _weight = Weight.FromGrams(1250);
    private readonly CraftProductValidator _validator = new();
    private readonly GoogleMerchantReadinessValidator _google = new();
    private CraftProduct _product = null!;
    private CraftProductInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _product = new CraftProduct(
            "JPR-UKIR-001",
            "Ukiran Kayu Jati Jepara Motif Bunga, Panel Dinding 60 cm",
            "Panel dinding ukiran kayu jati, dikerjakan tangan oleh pengrajin Jepara.",
            [CraftMaterial.Wood],
            Money.Idr(1_250_000),
            [new Uri("https://cdn.example.id/ukir/1.jpg")],
            new Uri("https://toko.example.id/p/jpr-ukir-001"),
            "Sanggar Jati") { Weight = Weight.FromGrams(3000), Gtin = Gtin.Parse("4006381333931") };
        _input = CraftProductInput.FromProduct(_product);
    }

    [Benchmark(Baseline = true)]
    public bool Gtin_TryParse() => Gtin.TryParse("4006381333931", out _);

    [Benchmark]
    public bool Gtin_naive_Linq_check()
    {
        const string text = "4006381333931";
        if (text.Length != 13 || !text.All(char.IsDigit))
        {
            return false;
        }

        var digits = text.Select(c => c - '0').Reverse().Skip(1).Select((d, i) => i % 2 == 0 ? d * 3 : d).Sum();
        return (10 - (digits % 10)) % 10 == text[^1] - '0';
    }

    [Benchmark]
    public bool HsCode_TryParse_dotted() => HsCode.TryParse("4420.11.00", out _);

    [Benchmark]
    public int Weight_TryFormat_utf8() => _weight.TryFormat(_utf8, out var n, default, null) ? n : -1;

    [Benchmark]
    public string Weight_interpolated_string() => string.Create(CultureInfo.InvariantCulture, $"{_weight.Grams / 1000m} kg");

    [Benchmark]
    public bool Validate_product_input() => _validator.Validate(_input).IsValid;

    [Benchmark]
    public bool Google_readiness() => _google.Validate(_product).IsValid;
}
