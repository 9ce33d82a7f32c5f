using System;
using BenchmarkDotNet.Attributes;
using IkmDomain;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Money against raw decimal, and the text paths the feed writers use. NodaMoney is not installable
/// here; its published figures (v2.7, Ryzen 7 5800H) are quoted beside ours in the README.
/// </summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private readonly byte[] _utf8 = new byte[64];
    private readonly char[] _utf16 = new char[64];
    private decimal _a = 1_300_000.00m;
    private decimal _b = 776.50m;
    private Money _x = new(1_300_000.00m, Currency.IDR);
    private Money _y = new(776.50m, Currency.IDR);

    [Benchmark(Baseline = true, Description = "decimal +")]
    public decimal DecimalAdd() => _a + _b;

    [Benchmark(Description = "Money +")]
    public Money MoneyAdd() => _x + _y;

    [Benchmark(Description = "Money * decimal")]
    public Money MoneyMultiply() => _x * 1.11m;

    [Benchmark(Description = "TryFormat UTF-8 \"IDR 1300000.00\"")]
    public int TryFormatUtf8()
    {
        _x.TryFormat(_utf8, out var written, default, null);
        return written;
    }

    [Benchmark(Description = "TryFormat UTF-16 \"C0\" Indonesian")]
    public int TryFormatRupiah()
    {
        _x.TryFormat(_utf16, out var written, "C0", IndonesianFormat.NumberFormat);
        return written;
    }

    [Benchmark(Description = "ToString()")]
    public string MoneyToString() => _x.ToString();

    [Benchmark(Description = "Parse \"IDR 1300000.00\"")]
    public Money ParseInvariant() => Money.Parse("IDR 1300000.00");

    [Benchmark(Description = "Parse \"Rp1.300.000,00\" (id)")]
    public Money ParseRupiah() => Money.Parse("Rp1.300.000,00", IndonesianFormat.NumberFormat);

    [Benchmark(Description = "ToString(\"C\", Indonesian) \"Rp1.300.000,00\"")]
    public string MoneyToStringRupiah() => _x.ToString("C", IndonesianFormat.NumberFormat);

    [Benchmark(Description = "decimal.ToString(\"C\", Indonesian)")]
    public string DecimalToStringRupiah() => _a.ToString("C", IndonesianFormat.NumberFormat);

    [Benchmark(Description = "Allocate(3)")]
    public Money[] Allocate3() => _x.Allocate(3);

    [Benchmark(Description = "decimal / 3 into a new decimal[3]")]
    public decimal[] DecimalSplit3()
    {
        var share = decimal.Round(_a / 3m, 2);
        return [share, share, _a - share - share];
    }

    [Benchmark(Description = "decimal.Parse \"1300000.00\"")]
    public decimal DecimalParse() => decimal.Parse("1300000.00", System.Globalization.CultureInfo.InvariantCulture);
}
