using System;
using System.Collections.Generic;
using System.Globalization;
using IkmDomain.Common;
using IkmDomain.Crafts;
using IkmDomain.Validation;

namespace IkmDomain.Feeds;

/// <content>
/// The value checks every generated writer runs on every member, whatever the marketplace: "not set"
/// value types, prices, invalid UTF-16 and numbers. A writer writes an item completely or skips it with
/// a reason and the code of its rule; it never writes a placeholder (<c>0001-01-01</c>, <c>0 XXX</c>,
/// U+FFFD).
/// </content>
public static partial class FeedRules
{
    /// <summary>
    /// Whether the value is "not set": the <see langword="default"/> of a type whose default means not
    /// set (IKM020: <see cref="Dimensions"/>, <see cref="Gtin"/>, <see cref="Common.FeedUrl"/>, the
    /// identifiers), of <see cref="Money"/> (0 XXX), <see cref="Weight"/>, <see cref="DateOnly"/>,
    /// <see cref="DateTime"/> or <see cref="DateTimeOffset"/> (0001-01-01). Other types are always set.
    /// </summary>
    /// <typeparam name="T">The member's value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when not set.</returns>
    public static bool IsNotSet<T>(T value)
        where T : struct =>
        NotSetType<T>.Applies && EqualityComparer<T>.Default.Equals(value, default);

    /// <summary>The value, or <see langword="null"/> when it is not set (<see cref="IsNotSet{T}(T)"/>): an optional member left at its default is left out.</summary>
    /// <typeparam name="T">The member's value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    public static T? SetOrNull<T>(T value)
        where T : struct => IsNotSet(value) ? null : value;

    /// <summary>As <see cref="SetOrNull{T}(T)"/> for a nullable member.</summary>
    /// <typeparam name="T">The member's value type.</typeparam>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The value or <see langword="null"/>.</returns>
    public static T? SetOrNull<T>(T? value)
        where T : struct => value is { } v && !IsNotSet(v) ? v : null;

    /// <summary>The problem of a required member left at its "not set" default (IKM020).</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <returns>"is not set".</returns>
    public static FeedItemProblem NotSet(string attribute) =>
        new(attribute, "is not set (the member holds its type's default value)") { Code = IkmErrorCodes.ValueNotSet };

    /// <summary>The problem of a required member that is null or blank (IKM491).</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <returns>"is missing".</returns>
    public static FeedItemProblem Missing(string attribute) =>
        new(attribute, "is missing") { Code = IkmErrorCodes.FeedRequiredValueMissing };

    /// <summary>
    /// A price as every feed takes it: above zero (IKM408 for a price, IKM410 for a sale price; schema.org
    /// Offer and the Google and Meta price rules), in a currency of tender (ISO 4217 funds, metals, bond
    /// units and testing codes skip, IKM492), and with no more decimals than the currency's minor units
    /// (IKM130, the validators' rule: <c>Money.Idr(1.005m)</c> skips rather than being written
    /// <c>1.005 IDR</c>).
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The price.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or why the price cannot be written.</returns>
    public static FeedItemProblem CheckPrice(string attribute, Money value)
    {
        if (!IsTender(value.Currency))
        {
            return NotTender(attribute, value);
        }

        if (!value.IsAboveZero)
        {
            return new(attribute, "is " + value.ToString() + "; a feed price must be greater than zero")
            { Code = attribute.EndsWith("sale_price", StringComparison.Ordinal) ? IkmErrorCodes.ProductSalePriceInvalid : IkmErrorCodes.ProductPriceInvalid };
        }

        return value.Scale > value.Currency.MinorUnits ? TooManyDecimals(attribute, value) : FeedItemProblem.None;
    }

    /// <summary>
    /// An amount of money that is not a price (a custom template column without
    /// <see cref="FeedColumnAttribute.IsPrice"/>): any sign, but in a currency of tender (IKM492) and with
    /// no more decimals than the currency's minor units (IKM130), as <see cref="CheckPrice(string, Money)"/>.
    /// </summary>
    /// <param name="attribute">The attribute or column as the feed spells it.</param>
    /// <param name="value">The amount.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or why the amount cannot be written.</returns>
    public static FeedItemProblem CheckAmount(string attribute, Money value) =>
        !IsTender(value.Currency) ? NotTender(attribute, value)
        : value.Scale > value.Currency.MinorUnits ? TooManyDecimals(attribute, value)
        : FeedItemProblem.None;

    private static FeedItemProblem NotTender(string attribute, Money value) =>
        new(attribute, "is in " + value.Currency.Code + ", which is not a currency of tender (ISO 4217 funds, metals and testing codes are not prices)")
        { Code = IkmErrorCodes.FeedCurrencyNotTender };

    private static FeedItemProblem TooManyDecimals(string attribute, Money value) =>
        new(attribute, "has more decimals than " + value.Currency.Code + " has minor units (" + Invariant(value.Currency.MinorUnits) + ")")
        { Code = IkmErrorCodes.AmountHasTooManyDecimals };

    /// <summary>
    /// A sale price as Google and Meta take it beside the price: in the same currency and below it
    /// (IKM410, the rule of the readiness validators' <c>ProductSalePriceInvalid</c>).
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it (<c>sale_price</c>).</param>
    /// <param name="salePrice">The sale price.</param>
    /// <param name="price">The price.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or why the sale price cannot stand beside the price.</returns>
    public static FeedItemProblem CheckSaleBelowPrice(string attribute, Money salePrice, Money price)
    {
        if (salePrice.Currency != price.Currency)
        {
            return new(attribute, "is in " + salePrice.Currency.Code + " and the price in " + price.Currency.Code + "; a sale price must be in the price's currency")
            { Code = IkmErrorCodes.ProductSalePriceInvalid };
        }

        return salePrice.Amount < price.Amount
            ? FeedItemProblem.None
            : new(attribute, "is " + salePrice.ToString() + ", not below the price " + price.ToString()) { Code = IkmErrorCodes.ProductSalePriceInvalid };
    }

    /// <summary>Whether the currency is legal tender: not an ISO 4217 code without minor units (metals XAU XAG XPD XPT, bond units XBA-XBD, XDR, XTS, XXX) nor a fund code (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XSU, XUA).</summary>
    /// <param name="currency">The currency.</param>
    /// <returns><see langword="true"/> for a currency of tender.</returns>
    public static bool IsTender(Currency currency) =>
        currency == Currency.IDR
        || (currency.HasMinorUnits && currency.Code is not ("BOV" or "CHE" or "CHW" or "CLF" or "COU" or "MXV" or "USN" or "UYI" or "UYW" or "XSU" or "XUA"));

    /// <summary>Text as every feed takes it: valid UTF-16 (a lone surrogate skips the item, IKM490) and at most <paramref name="maxCharacters"/> characters (the code given).</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The text, or <see langword="null"/> (passes).</param>
    /// <param name="maxCharacters">The limit, or a negative number for none.</param>
    /// <param name="code">The code of the marketplace's length rule.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckText(string attribute, string? value, int maxCharacters, string code)
    {
        if (value is null)
        {
            return FeedItemProblem.None;
        }

        if (LoneSurrogateAt(value) is var at && at >= 0)
        {
            return new(attribute, "holds invalid UTF-16 (a lone surrogate at index " + Invariant(at) + "); it is not replaced with U+FFFD")
            { Code = IkmErrorCodes.FeedTextNotValidUtf16 };
        }

        return maxCharacters >= 0 && !MarketplaceLimits.FitsLength(value, maxCharacters)
            ? TooLong(attribute, maxCharacters) with { Code = code }
            : FeedItemProblem.None;
    }

    /// <summary>As <see cref="CheckText(string, string?, int, string)"/> with no length limit.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The text, or <see langword="null"/> (passes).</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckText(string attribute, string? value) =>
        CheckText(attribute, value, -1, IkmErrorCodes.FeedTextTooLong);

    // Every UTF-16 surrogate, U+D800 to U+DFFF.
    private static readonly System.Buffers.SearchValues<char> Surrogates =
        System.Buffers.SearchValues.Create(string.Create(0x800, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)(0xD800 + i);
            }
        }));

    /// <summary>The index of the first lone surrogate in the text, or -1 when it is valid UTF-16.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The index or -1.</returns>
    internal static int LoneSurrogateAt(ReadOnlySpan<char> value)
    {
        // Almost all text has no surrogate at all: one vectorised scan says so. (A SearchValues, not the
        // generic IndexOfAnyInRange<char>, whose first calls box before the JIT optimises it.)
        var first = value.IndexOfAny(Surrogates);
        if (first < 0)
        {
            return -1;
        }

        for (var i = first; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>As <see cref="TooLong(string, int)"/>, with the code of the marketplace's rule.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <param name="code">The code.</param>
    /// <returns>The problem.</returns>
    public static FeedItemProblem TooLong(string attribute, int maxCharacters, string code) => TooLong(attribute, maxCharacters) with { Code = code };

    /// <summary>As <see cref="NotHttpUrl(string, int)"/>, with the code of the rule (IKM416 image links, IKM417 the product link).</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <param name="code">The code.</param>
    /// <returns>The problem.</returns>
    public static FeedItemProblem NotHttpUrl(string attribute, int maxCharacters, string code) => NotHttpUrl(attribute, maxCharacters) with { Code = code };

    /// <summary>As <see cref="TooMany(string, int)"/>, with the code of the rule.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="maxCount">The limit.</param>
    /// <param name="code">The code.</param>
    /// <returns>The problem.</returns>
    public static FeedItemProblem TooMany(string attribute, int maxCount, string code) => TooMany(attribute, maxCount) with { Code = code };

    /// <summary>
    /// A price given as text, as Google and Meta take it: an invariant amount (digits, at most one
    /// <c>.</c>, no sign, no grouping), one space, an ISO 4217 code (<c>450000.00 IDR</c>; Google
    /// answer/6324371); then the rules of <see cref="CheckPrice"/> on the amount it names (above zero,
    /// a currency of tender, no more decimals than its minor units).
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The text, or <see langword="null"/> (passes: presence is checked apart).</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or why the text is not a price.</returns>
    public static FeedItemProblem CheckPriceText(string attribute, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return FeedItemProblem.None;
        }

        var space = value.IndexOf(' ');
        var amountText = space > 0 ? value.AsSpan(0, space) : default;
        if (space <= 0 || !Currency.TryFromCode(value.AsSpan(space + 1), out var currency)
            || amountText.ContainsAnyExcept(PriceAmountChars) || amountText.IndexOf('.') != amountText.LastIndexOf('.')
            || amountText[0] == '.' || amountText[^1] == '.'
            || !decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return new(attribute, "is \"" + value + "\", not a price as the feed takes it: an amount with a '.' for decimals, a space and an ISO 4217 code (\"450000.00 IDR\")")
            { Code = attribute.EndsWith("sale_price", StringComparison.Ordinal) ? IkmErrorCodes.ProductSalePriceInvalid : IkmErrorCodes.ProductPriceInvalid };
        }

        return CheckPrice(attribute, new Money(amount, currency));
    }

    private static readonly System.Buffers.SearchValues<char> PriceAmountChars = System.Buffers.SearchValues.Create("0123456789.");

    /// <summary>The problem of a list value holding the comma a delimited cell joins the list with (IKM498).</summary>
    /// <param name="attribute">The attribute or column.</param>
    /// <param name="value">The value.</param>
    /// <returns>"has a value with a comma ...".</returns>
    public static FeedItemProblem ListValueHasComma(string attribute, string value) =>
        new(attribute, "has the value \"" + value + "\", whose comma would split it in a cell that joins the list with commas") { Code = IkmErrorCodes.FeedListValueHasComma };

    /// <summary>The problem of a text for an enumerated attribute that is not one of the marketplace's own values.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="marketplace">The marketplace's short name.</param>
    /// <param name="allowed">The values it takes, comma-separated.</param>
    /// <param name="code">The code (IKM411 availability, IKM423 condition, IKM494 others).</param>
    /// <returns>"is not one of the values Meta takes (in stock, ...)".</returns>
    public static FeedItemProblem NotOneOf(string attribute, string marketplace, string allowed, string code) =>
        new(attribute, "is not one of the values " + marketplace + " takes (" + allowed + "; exactly, in that case)") { Code = code };

    /// <summary>The problem of an enum value the marketplace has no text for.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="marketplace">The marketplace's short name.</param>
    /// <param name="code">The code (IKM411 availability, IKM423 condition, IKM494 others).</param>
    /// <returns>The problem.</returns>
    public static FeedItemProblem Undefined(string attribute, string marketplace, string code) =>
        new(attribute, "has a value " + marketplace + " does not define") { Code = code };

    /// <summary>
    /// Whether an availability, as the feed writes it, is one that Google Merchant Center accepts only
    /// with an <c>availability_date</c>: <c>preorder</c> or <c>backorder</c> (answer/6324448).
    /// </summary>
    /// <param name="availability">The availability's text in the feed (UTF-8).</param>
    /// <returns><see langword="true"/> for <c>preorder</c> and <c>backorder</c>.</returns>
    public static bool NeedsAvailabilityDate(ReadOnlySpan<byte> availability) =>
        availability.SequenceEqual("preorder"u8) || availability.SequenceEqual("backorder"u8);

    /// <summary>As <see cref="NeedsAvailabilityDate(ReadOnlySpan{byte})"/>, for an availability held as text.</summary>
    /// <param name="availability">The availability's text, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> for <c>preorder</c> and <c>backorder</c>.</returns>
    public static bool NeedsAvailabilityDate(string? availability) => availability is "preorder" or "backorder";

    /// <summary>A preorder or backorder item without its availability date: IKM433, the readiness validators' code.</summary>
    /// <returns>The problem.</returns>
    public static FeedItemProblem AvailabilityDateMissing() =>
        new("availability_date", "is required when availability is preorder or backorder (Google Merchant Center answer/6324448)")
        { Code = IkmErrorCodes.GoogleAvailabilityDateMissing };

    /// <summary>
    /// A floating-point number as a feed writes it, fixed-point with at most <paramref name="decimals"/>
    /// decimals (never exponent notation): NaN, infinity and negatives skip, and so does a positive value
    /// that rounds to zero at that precision (IKM495).
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The field's precision.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckNumber(string attribute, double value, int decimals)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            return new(attribute, "is " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", not a finite number of zero or more") { Code = IkmErrorCodes.FeedNumberNotWritable };
        }

        return value > 0 && Math.Round(value, decimals, MidpointRounding.AwayFromZero) == 0
            ? new(attribute, "is " + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ", which rounds to zero at " + Invariant(decimals) + " decimals") { Code = IkmErrorCodes.FeedNumberNotWritable }
            : FeedItemProblem.None;
    }

    /// <summary>
    /// As <see cref="CheckNumber(string, double, int)"/> for a column whose numbers may be negative (a
    /// custom template column): NaN and infinity skip, and so does a value other than zero that rounds to
    /// zero at <paramref name="decimals"/> decimals (it would be written <c>0</c> or <c>-0</c>; IKM495).
    /// </summary>
    /// <param name="attribute">The attribute or column as the feed spells it.</param>
    /// <param name="value">The number.</param>
    /// <param name="decimals">The field's precision.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckSignedNumber(string attribute, double value, int decimals)
    {
        if (!double.IsFinite(value))
        {
            return new(attribute, "is " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", not a finite number") { Code = IkmErrorCodes.FeedNumberNotWritable };
        }

        return value != 0 && Math.Round(value, decimals, MidpointRounding.AwayFromZero) == 0
            ? new(attribute, "is " + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ", which rounds to zero at " + Invariant(decimals) + " decimals") { Code = IkmErrorCodes.FeedNumberNotWritable }
            : FeedItemProblem.None;
    }

    /// <summary>Whether <typeparamref name="T"/>'s default means "not set", found once per type (no boxing per item).</summary>
    private static class NotSetType<T>
        where T : struct
    {
        public static readonly bool Applies = typeof(IDefaultIsNotSet).IsAssignableFrom(typeof(T))
            || typeof(T) == typeof(Money) || typeof(T) == typeof(Weight)
            || typeof(T) == typeof(DateOnly) || typeof(T) == typeof(DateTime) || typeof(T) == typeof(DateTimeOffset);
    }
}
