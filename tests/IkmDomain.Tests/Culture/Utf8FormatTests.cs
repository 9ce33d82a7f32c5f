using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Culture;

/// <summary>
/// The ASCII value types share one UTF-8 formatter (their char text, copied): for every format each
/// takes, the bytes are the text, and a destination one byte short is refused with nothing written.
/// </summary>
public class Utf8FormatTests
{
    private static bool Matches<T>(T value, params string[] formats)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        foreach (var format in formats)
        {
            var text = value.ToString(format, null);
            var exact = new byte[text.Length];
            var shorter = new byte[text.Length - 1];
            if (!value.TryFormat(exact, out var written, format, null) || Encoding.ASCII.GetString(exact, 0, written) != text || written != text.Length
                || value.TryFormat(shorter, out var none, format, null) || none != 0)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 50)]
    public Property Npwp_bytes_are_its_text() => Prop.ForAll(IkmArbitraries.Npwp(), v => Matches(v, "", "G", "D"));

    [Property(MaxTest = 50)]
    public Property Kbli_bytes_are_its_text() => Prop.ForAll(IkmArbitraries.Kbli(), v => Matches(v, ""));

    [Property(MaxTest = 50)]
    public Property PhoneNumber_bytes_are_its_text() => Prop.ForAll(IkmArbitraries.PhoneNumber(), v => Matches(v, "", "E", "N", "D"));

    [Property(MaxTest = 50)]
    public Property TradePeriod_bytes_are_its_text() => Prop.ForAll(IkmArbitraries.TradePeriod(), v => Matches(v, ""));

    [Property(MaxTest = 50)]
    public Property RegionCode_bytes_are_its_text() => Prop.ForAll(IkmArbitraries.RegionCode(), v => Matches(v, "G", "C"));

    [Property(MaxTest = 50)]
    public Property HsCode_bytes_are_its_text() => Prop.ForAll(IkmArbitraries.HsCode(), v => Matches(v, ""));

    [Property(MaxTest = 50)]
    public Property Dimensions_bytes_are_their_text() => Prop.ForAll(IkmArbitraries.Dimensions(), v => Matches(v, ""));

    [Fact]
    public void A_format_the_type_rejects_is_refused_in_UTF8_too()
    {
        var buffer = new byte[64];

        Assert.False(TradePeriod.Parse("2024-01").TryFormat(buffer, out var written, "xyz", null));
        Assert.Equal(0, written);
    }
}
