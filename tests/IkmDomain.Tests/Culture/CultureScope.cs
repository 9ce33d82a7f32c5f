using System;
using System.Globalization;

namespace IkmDomain.Tests.Culture;

/// <summary>Sets the current culture and UI culture for the life of a <c>using</c> block.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    public CultureScope(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var culture = Cultures.Get(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

/// <summary>The cultures every machine-format test runs under.</summary>
public static class Cultures
{
    /// <summary>Indonesian, Turkish (dotted/dotless i), Arabic (native digits, RTL marks) and invariant.</summary>
    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { "" };
            if (!IsInvariantMode)
            {
                data.Add("id-ID");
                data.Add("tr-TR");
                data.Add("ar-SA");
            }

            return data;
        }
    }

    /// <summary>True in a process started with <c>InvariantGlobalization=true</c>.</summary>
    public static bool IsInvariantMode =>
        AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on;

    public static CultureInfo Get(string name) => name.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(name);
}
