using System;
using System.Diagnostics;
using System.Globalization;
using IkmDomain.Cli.Input;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// A progress bar on stderr, redrawn at most four times a second, only when stderr is a terminal
/// (never in pipes, files or CI logs); erased when done.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly InputFile _file;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _last = -1000;
    private bool _drawn;

    private ProgressLine(InputFile file) => _file = file;

    /// <summary>A progress line, or null when stderr is redirected or CI is set.</summary>
    public static ProgressLine? Start(InputFile file) =>
        Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? null : new ProgressLine(file);

    public void Tick(int records)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _last < 250)
        {
            return;
        }

        _last = now;
        var length = _file.Length;
        var fraction = length > 0 ? Math.Clamp((double)_file.Position / length, 0, 1) : 0;
        const int width = 30;
        var filled = (int)(fraction * width);
        var bar = length > 0 ? "[" + new string('#', filled) + new string('-', width - filled) + "] " + (fraction * 100).ToString("0", CultureInfo.InvariantCulture) + "% " : "";
        Console.Error.Write("\r" + bar + records.ToString("N0", CultureInfo.InvariantCulture) + ToolText.T(records == 1 ? " record" : " records", " rekaman") + "   ");
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            Console.Error.Write("\r" + new string(' ', 60) + "\r");
            _drawn = false;
        }
    }
}
