using System;
using System.Linq;
using System.Text.Json;

namespace IkmDomain.Cli.Tests;

/// <summary>
/// The README's list of required CSV columns per record kind is the code's: a row with exactly those columns is
/// valid, and leaving out any one of them is an error naming that column.
/// </summary>
public class RequiredColumnsTests
{
    // Kind, then (column, value) for every required column, as the README lists them.
    public static TheoryData<string, string[], string[]> Kinds() => new()
    {
        { "product", ["sku", "title", "description", "materials", "price", "imageLinks", "link", "brand"],
            ["A-1", "Vas", "Vas keramik Kasongan", "ceramics", "250000", "https://x.example.id/a.jpg", "https://x.example.id/a", "Kasongan"] },
        { "business", ["nib", "name", "legalForm", "region", "streetAddress", "kbliCodes"],
            ["8120000123456", "Sanggar Topeng Asmoro", "CV", "35.73.01.1001", "Jl. Prajurit Slamet 1", "16293"] },
        { "sentra", ["id", "name", "village", "mainCommodity"],
            ["S-1", "Sentra Topeng Malangan", "35.73.01.1001", "topeng kayu"] },
        { "export", ["period", "partner", "value", "source"],
            ["2024", "JP", "USD 12500", "Kemenperin"] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_required_columns_alone_make_a_valid_record(string kind, string[] columns, string[] values)
    {
        var path = TestFiles.Write(kind + ".csv", string.Join(',', columns) + "\n" + string.Join(',', values) + "\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--kind", kind, "--format", "json");

        Assert.True(exit == 0, stdout + stderr);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Leaving_out_any_required_column_is_an_error_naming_it(string kind, string[] columns, string[] values)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var keep = Enumerable.Range(0, columns.Length).Where(j => j != i).ToArray();
            var path = TestFiles.Write(kind + ".csv", string.Join(',', keep.Select(j => columns[j])) + "\n" + string.Join(',', keep.Select(j => values[j])) + "\n");

            var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--kind", kind, "--format", "json");

            Assert.True(exit == 1, $"{kind} without {columns[i]}: exit {exit}: {stdout}{stderr}");
            using var report = JsonDocument.Parse(stdout);
            var errors = report.RootElement.GetProperty("errors").EnumerateArray()
                .Where(e => e.GetProperty("severity").GetString() == "error")
                .Select(e => e.GetProperty("property").GetString() + ": " + e.GetProperty("message").GetString()).ToList();
            Assert.True(errors.Any(e => e.StartsWith(columns[i], StringComparison.OrdinalIgnoreCase)), $"{kind} without {columns[i]}: {string.Join(" | ", errors)}");
        }
    }
}
