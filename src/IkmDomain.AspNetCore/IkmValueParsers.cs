using System;
using System.Collections.Generic;
using System.Globalization;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;
using IkmDomain.Validation;

namespace IkmDomain.AspNetCore;

/// <summary>The IkmDomain value types that bind from route, query and header, with the IKM code of a bad value.</summary>
public static class IkmValueParsers
{
    /// <summary>IKM030: a route, query or header value is not a valid IkmDomain value of a type without a code of its own.</summary>
    public const string InvalidRequestValue = "IKM030";

    /// <summary>IKM031: the request body could not be read as the endpoint's input (malformed JSON or a bad value in it).</summary>
    public const string InvalidRequestBody = "IKM031";

    private static readonly Dictionary<Type, (string Code, Func<string, Exception?> Check)> Types = new()
    {
        [typeof(RegionCode)] = (IkmErrorCodes.RegionCodeMalformed, Check<RegionCode>),
        [typeof(PostalCode)] = (IkmErrorCodes.PostalCodeMalformed, Check<PostalCode>),
        [typeof(Nib)] = (IkmErrorCodes.NibMalformed, Check<Nib>),
        [typeof(Npwp)] = (IkmErrorCodes.NpwpMalformed, Check<Npwp>),
        [typeof(Nik)] = (IkmErrorCodes.NikMalformed, Check<Nik>),
        [typeof(PhoneNumber)] = (IkmErrorCodes.PhoneNumberMalformed, Check<PhoneNumber>),
        [typeof(Kbli)] = (IkmErrorCodes.KbliMalformed, Check<Kbli>),
        [typeof(Money)] = (IkmErrorCodes.InvalidMoney, Check<Money>),
        [typeof(Currency)] = (IkmErrorCodes.ProductCurrencyUnknown, Check<Currency>),
        [typeof(ExchangeRate)] = (InvalidRequestValue, Check<ExchangeRate>),
        [typeof(HsCode)] = (IkmErrorCodes.HsCodeInvalid, Check<HsCode>),
        [typeof(Gtin)] = (IkmErrorCodes.GtinInvalid, Check<Gtin>),
        [typeof(CraftMaterial)] = (IkmErrorCodes.CraftMaterialUnknown, Check<CraftMaterial>),
        [typeof(CraftTechnique)] = (IkmErrorCodes.CraftTechniqueUnknown, Check<CraftTechnique>),
        [typeof(Weight)] = (IkmErrorCodes.ProductWeightInvalid, Check<Weight>),
        [typeof(Dimensions)] = (IkmErrorCodes.ProductDimensionsInvalid, Check<Dimensions>),
        [typeof(CountryCode)] = (InvalidRequestValue, Check<CountryCode>),
        [typeof(TradePeriod)] = (InvalidRequestValue, Check<TradePeriod>),
        [typeof(ExportSource)] = (InvalidRequestValue, Check<ExportSource>),
        [typeof(Common.FeedUrl)] = (InvalidRequestValue, Check<Common.FeedUrl>),
    };

    /// <summary>The value types that bind (every one implements <see cref="IParsable{TSelf}"/>).</summary>
    public static IReadOnlyCollection<Type> BindableTypes => Types.Keys;

    /// <summary>Checks request text against an IkmDomain value type.</summary>
    /// <param name="type">The parameter type (nullable types are unwrapped).</param>
    /// <param name="text">The text from the route, query or header.</param>
    /// <param name="code">The IKM code when the text is bad.</param>
    /// <param name="message">The library's explanation when the text is bad.</param>
    /// <returns>True when <paramref name="type"/> is an IkmDomain value type and <paramref name="text"/> is not a valid value of it.</returns>
    public static bool IsBad(Type type, string? text, out string code, out string message)
    {
        ArgumentNullException.ThrowIfNull(type);
        code = string.Empty;
        message = string.Empty;
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        if (text is null || !Types.TryGetValue(clr, out var entry) || entry.Check(text) is not { } error)
        {
            return false;
        }

        code = entry.Code;
        message = error.Message;
        return true;
    }

    private static Exception? Check<T>(string text)
        where T : IParsable<T>
    {
        if (T.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        try
        {
            T.Parse(text, CultureInfo.InvariantCulture);
            return new FormatException($"'{text}' is not a valid {typeof(T).Name}.");
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return e;
        }
    }
}
