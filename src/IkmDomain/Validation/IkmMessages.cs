using System;
using System.Collections.Generic;
using System.Globalization;
using FluentValidation;

namespace IkmDomain.Validation;

/// <summary>
/// The English and Indonesian message templates for every <see cref="IkmErrorCodes">IKM error code</see>.
/// Templates use FluentValidation placeholders such as <c>{PropertyName}</c> and <c>{PropertyValue}</c>.
/// </summary>
/// <remarks>
/// The language follows FluentValidation: <see cref="FluentValidation.Resources.ILanguageManager.Culture"/>
/// when set, otherwise <see cref="CultureInfo.CurrentUICulture"/>; a culture whose language is
/// <c>id</c> (Indonesian) gives Indonesian, every other culture English. When the language manager is
/// disabled, messages are English.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public static partial class IkmMessages
{
    private static readonly Lazy<Dictionary<string, MessagePair>> Table = new(Build);

    /// <summary>Every error code that has messages.</summary>
    public static IReadOnlyCollection<string> Codes => Table.Value.Keys;

    /// <summary>Gets the message template for <paramref name="code"/> in the given or current language.</summary>
    /// <param name="code">An IKM error code, for example <c>IKM301</c>.</param>
    /// <param name="culture">The culture to use; null means FluentValidation's culture, then the current UI culture.</param>
    /// <returns>The template, with FluentValidation placeholders.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a known code.</exception>
    public static string Get(string code, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!Table.Value.TryGetValue(code, out var pair))
        {
            throw new ArgumentException($"'{code}' is not an IkmDomain error code.", nameof(code));
        }

        return IsIndonesian(culture) ? pair.Indonesian : pair.English;
    }

    /// <summary>Gets the English message template for <paramref name="code"/>.</summary>
    /// <param name="code">An IKM error code.</param>
    /// <returns>The English template.</returns>
    public static string English(string code) => Get(code, CultureInfo.InvariantCulture);

    /// <summary>Gets the Indonesian message template for <paramref name="code"/>.</summary>
    /// <param name="code">An IKM error code.</param>
    /// <returns>The Indonesian template.</returns>
    public static string Indonesian(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Table.Value.TryGetValue(code, out var pair)
            ? pair.Indonesian
            : throw new ArgumentException($"'{code}' is not an IkmDomain error code.", nameof(code));
    }

    private static bool IsIndonesian(CultureInfo? culture)
    {
        if (culture is null)
        {
            var manager = ValidatorOptions.Global.LanguageManager;
            if (!manager.Enabled)
            {
                return false;
            }

            culture = manager.Culture ?? CultureInfo.CurrentUICulture;
        }

        // "id", "id-ID" and the legacy "in" all mean Indonesian.
        var name = culture.Name;
        return name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("id-", StringComparison.OrdinalIgnoreCase)
            || name.Equals("in", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("in-", StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, MessagePair> Build()
    {
        var table = new Dictionary<string, MessagePair>(StringComparer.Ordinal);
        AddGeneral(table);
        AddNotSet(table);
        AddMoney(table);
        AddMoneyInput(table);
        AddRegions(table);
        AddBusinesses(table);
        AddCrafts(table);
        AddExports(table);
        AddFeeds(table);
        AddFeedTemplates(table);
        AddFeedValues(table);
        return table;
    }

    // Each area adds its messages in its own file (IkmMessages.<Area>.cs).
    static partial void AddMoney(Dictionary<string, MessagePair> table);

    static partial void AddMoneyInput(Dictionary<string, MessagePair> table);

    static partial void AddRegions(Dictionary<string, MessagePair> table);

    static partial void AddBusinesses(Dictionary<string, MessagePair> table);

    static partial void AddCrafts(Dictionary<string, MessagePair> table);

    static partial void AddExports(Dictionary<string, MessagePair> table);

    static partial void AddFeeds(Dictionary<string, MessagePair> table);

    static partial void AddFeedTemplates(Dictionary<string, MessagePair> table);

    static partial void AddFeedValues(Dictionary<string, MessagePair> table);

    static partial void AddNotSet(Dictionary<string, MessagePair> table);

    private static void AddGeneral(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.Required, new("'{PropertyName}' is required.", "'{PropertyName}' wajib diisi."));
    }

    /// <summary>One message in both languages.</summary>
    internal readonly record struct MessagePair(string English, string Indonesian);
}
