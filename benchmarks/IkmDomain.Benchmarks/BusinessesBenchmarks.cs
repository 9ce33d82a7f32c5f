using System;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IkmDomain.Businesses;
using IkmDomain.Classifications;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Business identifiers against what users write instead: a regular expression check (compiled,
/// source-generated) and, for phone numbers, a regex that strips separators before normalising.
/// </summary>
[MemoryDiagnoser]
public partial class BusinessesBenchmarks
{
    private readonly byte[] _utf8 = new byte[32];
    private readonly PhoneNumber _phone = PhoneNumber.Parse("0812-3456-7890");
    private string _nib = "8120000123456";
    private string _npwp = "02.183.241.5-123.000";
    private string _phoneText = "+62 812-3456-7890";
    private string _kbli = "16293";

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex NibRegex();

    [GeneratedRegex(@"^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$")]
    private static partial Regex NpwpRegex();

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex PhoneSeparators();

    [Benchmark(Description = "NIB: Regex ^\\d{13}$")]
    public bool NibRegexCheck() => NibRegex().IsMatch(_nib);

    [Benchmark(Description = "NIB: Nib.TryParse")]
    public bool NibTryParse() => Nib.TryParse(_nib, out _);

    [Benchmark(Description = "NPWP: Regex (punctuated)")]
    public bool NpwpRegexCheck() => NpwpRegex().IsMatch(_npwp);

    [Benchmark(Description = "NPWP: Npwp.TryParse + check digit")]
    public bool NpwpTryParse() => Npwp.TryParse(_npwp, out var n) && n.HasValidCheckDigit;

    [Benchmark(Description = "Phone: Regex.Replace + prefix to E.164")]
    public string PhoneRegexNormalise()
    {
        var digits = PhoneSeparators().Replace(_phoneText, "");
        return digits.StartsWith('+') ? digits : digits.StartsWith('0') ? "+62" + digits[1..] : "+" + digits;
    }

    [Benchmark(Description = "Phone: PhoneNumber.Parse + ToString")]
    public string PhoneParseToString() => PhoneNumber.Parse(_phoneText).ToString();

    [Benchmark(Description = "Phone: PhoneNumber.TryParse")]
    public bool PhoneTryParse() => PhoneNumber.TryParse(_phoneText, out _);

    [Benchmark(Description = "Phone: TryFormat UTF-8 E.164")]
    public int PhoneTryFormatUtf8()
    {
        _phone.TryFormat(_utf8, out var written, default, null);
        return written;
    }

    [Benchmark(Description = "KBLI: Parse + catalogue Title")]
    public string? KbliTitle() => Kbli.Parse(_kbli).Title;
}
