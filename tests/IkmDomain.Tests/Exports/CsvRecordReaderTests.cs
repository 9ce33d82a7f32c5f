using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Exports;

namespace IkmDomain.Tests.Exports;

public class CsvRecordReaderTests
{
    private static async Task<List<string[]>> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var fields = new List<string>();
        var records = new List<string[]>();
        while (await reader.ReadRecordAsync(fields, CancellationToken.None))
        {
            records.Add(fields.ToArray());
        }

        return records;
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_doubled_quotes_and_CRLF()
    {
        var records = await ReadAll("a,\"b,\"\"c\"\"\r\nd\",e\r\nf,,\r\n");

        Assert.Equal(new[] { "a", "b,\"c\"\r\nd", "e" }, records[0]);
        Assert.Equal(new[] { "f", "", "" }, records[1]);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public async Task The_last_record_needs_no_line_break()
    {
        Assert.Equal(new[] { "x", "y" }, Assert.Single(await ReadAll("x,y")));
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_an_error()
    {
        await Assert.ThrowsAsync<FormatException>(() => ReadAll("\"a\"b,c\n"));
    }

    [Fact]
    public async Task A_quote_inside_an_unquoted_field_is_an_error()
    {
        await Assert.ThrowsAsync<FormatException>(() => ReadAll("a\"b,c\n"));
    }

    [Property]
    public Property Quoting_every_field_round_trips_any_text() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<NonNull<string>[]>(),
            values =>
            {
                if (values.Length == 0)
                {
                    return true;
                }

                var line = string.Join(",", Array.ConvertAll(values, v => "\"" + v.Get.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";
                var read = ReadAll(line).GetAwaiter().GetResult();
                return read.Count == 1 && read[0].AsSpan().SequenceEqual(Array.ConvertAll(values, v => v.Get));
            });
}
