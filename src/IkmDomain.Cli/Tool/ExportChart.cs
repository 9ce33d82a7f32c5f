using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IkmDomain.Exports;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Tool;

/// <summary>The yearly export series as an SVG bar chart, drawn by ScottPlot (not hand-built SVG).</summary>
internal static class ExportChart
{
    /// <summary>Draws the totals by year of each series (US$ million) and writes the SVG to <paramref name="path"/> (through a temporary file, renamed when complete).</summary>
    /// <exception cref="ToolException">The file cannot be written.</exception>
    public static void Save(string path, string title, IReadOnlyList<(string Name, ExportStatistics Stats)> series)
    {
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var width = 0.8 / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var (name, stats) = series[s];
            var bars = stats.TotalsByYear()
                .Select(t => new ScottPlot.Bar
                {
                    Position = t.Key - 0.4 + (width * (s + 0.5)),
                    Value = (double)(t.Value.Amount / 1_000_000m),
                    Size = width * 0.95,
                    FillColor = palette.GetColor(s),
                })
                .ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = name;
        }

        var years = series.SelectMany(s => s.Stats.Years).Distinct().Order().ToArray();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var year in years)
        {
            ticks.AddMajor(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Margins(bottom: 0);
        plot.Title(title);
        plot.YLabel(T("US$ million", "juta US$"));
        plot.XLabel(T("Year", "Tahun"));
        if (series.Count > 1)
        {
            plot.ShowLegend();
        }

        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + ".tmp");
        try
        {
            plot.SaveSvg(temp, 900, 500);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
            }

            throw new ToolException(T($"{path}: cannot write the chart: ", $"{path}: grafik tidak dapat ditulis: ") + Clip(ex.Message, 200));
        }
    }
}
