using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using IkmDomain.Common;

namespace IkmDomain.Exports;

/// <summary>
/// Who published a trade figure, and so which definition of "handicraft" it follows:
/// <see cref="Kemenperin"/>, <see cref="Kemendag"/>, <see cref="Bps"/>, <see cref="UnComtrade"/>,
/// <see cref="TradeMap"/>, or a source you name yourself.
/// </summary>
/// <remarks>
/// <para>The ministries count different baskets of goods (Kemendag's handicraft figures even include
/// wigs), so figures from different sources must never be added together: <c>ExportStatistics</c>
/// refuses to aggregate across sources unless you pick one.</para>
/// <para>Names compare case-insensitively (<c>kemenperin</c> equals <see cref="Kemenperin"/>) and the
/// well-known names keep their canonical spelling. A name is 1 to 100 characters with no control
/// characters and no leading or trailing white space. <c>default(ExportSource)</c> is "no source"
/// (<see cref="IsDefault"/>); validators reject it.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(ExportSourceJsonConverter))]
public readonly struct ExportSource : IDefaultIsNotSet, IEquatable<ExportSource>, ISpanParsable<ExportSource>
{
    /// <summary>The longest name allowed.</summary>
    public const int MaxLength = 100;

    private static readonly string[] WellKnown = ["Kemenperin", "Kemendag", "BPS", "UN Comtrade", "Trade Map"];

    private readonly string? _name;

    private ExportSource(string name) => _name = name;

    /// <summary>Kementerian Perindustrian, the Ministry of Industry (its handicraft basket).</summary>
    public static ExportSource Kemenperin => new("Kemenperin");

    /// <summary>Kementerian Perdagangan, the Ministry of Trade (a different handicraft basket).</summary>
    public static ExportSource Kemendag => new("Kemendag");

    /// <summary>Badan Pusat Statistik, Statistics Indonesia.</summary>
    public static ExportSource Bps => new("BPS");

    /// <summary>The UN Comtrade database (figures as reported by customs, by HS code).</summary>
    public static ExportSource UnComtrade => new("UN Comtrade");

    /// <summary>ITC Trade Map (International Trade Centre).</summary>
    public static ExportSource TradeMap => new("Trade Map");

    /// <summary>The source's name, for example <c>Kemenperin</c>; empty for <c>default</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>True for <c>default(ExportSource)</c>, meaning no source was given.</summary>
    public bool IsDefault => _name is null;

    /// <summary>True for one of the built-in sources (<see cref="Kemenperin"/>, <see cref="Kemendag"/>, <see cref="Bps"/>, <see cref="UnComtrade"/>, <see cref="TradeMap"/>).</summary>
    public bool IsWellKnown => _name is not null && Array.IndexOf(WellKnown, _name) >= 0;

    /// <summary>Equality (names compare case-insensitively).</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ExportSource left, ExportSource right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ExportSource left, ExportSource right) => !left.Equals(right);

    /// <summary>A source by name: one of the well-known names (any case) or your own.</summary>
    /// <param name="s">The name.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The name is empty, too long, padded with white space or holds control characters.</exception>
    public static ExportSource Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>A source by name; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The name.</param>
    /// <returns>The source.</returns>
    /// <exception cref="FormatException">The name breaks a rule.</exception>
    public static ExportSource Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var result) ? result : throw new FormatException(
            $"'{s.ToString()}' is not an export source name: it must be 1 to {MaxLength} characters with no control characters and no leading or trailing white space.");

    /// <summary>A source by name; the provider is ignored.</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The source.</returns>
    public static ExportSource Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>A source by name; the provider is ignored.</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The source.</returns>
    public static ExportSource Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to read a source name; never throws.</summary>
    /// <param name="s">The name.</param>
    /// <param name="result">The source.</param>
    /// <returns>True when the name is acceptable.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ExportSource result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to read a source name; never throws.</summary>
    /// <param name="s">The name.</param>
    /// <param name="result">The source.</param>
    /// <returns>True when the name is acceptable.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ExportSource result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        if (s.IsEmpty || s.Length > MaxLength || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        // Visible text only: no control, format (U+200B, U+200E, U+202E), surrogate, private-use or
        // unassigned characters, no line or paragraph separators, and at least one letter or digit.
        var visible = false;
        foreach (var c in s)
        {
            if (IdentifierText.IsInvisibleOrControl(c))
            {
                return false;
            }

            visible |= char.IsLetterOrDigit(c);
        }

        if (!visible)
        {
            return false;
        }

        foreach (var known in WellKnown)
        {
            if (s.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                result = new ExportSource(known);
                return true;
            }
        }

        result = new ExportSource(s.ToString());
        return true;
    }

    /// <summary>Tries to read a source name; never throws. The provider is ignored.</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The source.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ExportSource result) => TryParse(s, out result);

    /// <summary>Tries to read a source name; never throws. The provider is ignored.</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The source.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExportSource result) => TryParse(s, out result);

    /// <inheritdoc/>
    public bool Equals(ExportSource other) => string.Equals(_name, other._name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExportSource other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_name);

    /// <summary>The name (empty for <c>default</c>).</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
