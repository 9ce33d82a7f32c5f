using System;
using FluentValidation;

namespace IkmDomain.Validation;

/// <summary>
/// FluentValidation rules for money in loose records: <c>RuleFor(x => x.Price).MustBeMoney()</c> for
/// raw text, and currency, sign and precision rules for <see cref="Money"/> properties. Each failure
/// carries an IKM1xx code and an English and Indonesian message.
/// </summary>
public static class MoneyRuleExtensions
{
    /// <summary>
    /// The text must parse as money (<see cref="Money.TryParse(string?, IFormatProvider?, out Money)"/>):
    /// <c>"IDR 1300000.00"</c>, <c>"Rp1.300.000,00"</c>, <c>"US$776 juta"</c>. Null passes (combine
    /// with <c>NotEmpty()</c> when required). Error code IKM101.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="provider">Separators to read the number with (see <see cref="Money.Parse(string, IFormatProvider?)"/>).</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeMoney<T>(this IRuleBuilder<T, string?> rule, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(text => text is null || Money.TryParse(text, provider, out _)).WithIkmError(IkmErrorCodes.InvalidMoney);
    }

    /// <summary>The amount must be in <paramref name="currency"/>. Error code IKM102.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="currency">The expected currency.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, Money> MustBeInCurrency<T>(this IRuleBuilder<T, Money> rule, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(money => money.Currency == currency)
            .WithIkmError(IkmErrorCodes.WrongCurrency)
            .WithMessageArgument("Currency", currency.Code);
    }

    /// <summary>The amount must be zero or above. Error code IKM103.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, Money> MustNotBeNegative<T>(this IRuleBuilder<T, Money> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(money => !money.IsNegative).WithIkmError(IkmErrorCodes.NegativeMoney);
    }

    /// <summary>
    /// The amount must be a whole number of its currency's minor units (IDR 10.50 passes, IDR 10.005
    /// does not), as stored prices should be. Currencies without a minor unit pass. Error code IKM104.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, Money> MustFitMinorUnits<T>(this IRuleBuilder<T, Money> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(money => !money.Currency.HasMinorUnits || money.Round() == money).WithIkmError(IkmErrorCodes.MoneyTooPrecise);
    }

    /// <summary>
    /// The amount must not be WRITTEN with more decimals than the currency has minor units: IDR has two,
    /// so <c>150.000</c> (scale 3) fails even though it equals 150, because such an amount is almost
    /// always a thousands separator read as a decimal point (Indonesian writes 150.000 for 150,000).
    /// The written decimals are the <see cref="decimal.Scale"/> that parsing kept (JSON and
    /// <see cref="decimal.Parse(string, System.IFormatProvider?)"/> keep trailing zeros). Null amounts and
    /// unknown currency codes pass (other rules report them). Error code IKM130.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="currencyCode">The ISO 4217 code of the amount's currency, read from the validated object.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, decimal?> MustNotHaveMoreDecimalsThanCurrency<T>(this IRuleBuilder<T, decimal?> rule, Func<T, string?> currencyCode)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(currencyCode);
        return rule.Must((x, amount) => amount is not { } a || !Currency.TryFromCode(currencyCode(x), out var c) || a.Scale <= c.MinorUnits)
            .WithErrorCode(IkmErrorCodes.AmountHasTooManyDecimals)
            .WithMessage((x, amount) =>
            {
                var currency = Currency.TryFromCode(currencyCode(x), out var c) ? c : Currency.IDR;
                return IkmMessages.Get(IkmErrorCodes.AmountHasTooManyDecimals)
                    .Replace("{Decimals}", (amount?.Scale ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{Currency}", currency.Code, StringComparison.Ordinal)
                    .Replace("{MinorUnits}", currency.MinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            });
    }

    /// <summary>
    /// The amount must not be WRITTEN with more decimals than its currency has minor units
    /// (<c>Money.Parse("IDR 150.000")</c> keeps scale 3 and fails, although it equals IDR 150): see
    /// <see cref="MustNotHaveMoreDecimalsThanCurrency{T}(IRuleBuilder{T, decimal?}, Func{T, string?})"/>.
    /// Error code IKM130.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, Money> MustNotHaveMoreDecimalsThanCurrency<T>(this IRuleBuilder<T, Money> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(money => money.Amount.Scale <= money.Currency.MinorUnits)
            .WithErrorCode(IkmErrorCodes.AmountHasTooManyDecimals)
            .WithMessage((_, money) => IkmMessages.Get(IkmErrorCodes.AmountHasTooManyDecimals)
                .Replace("{Decimals}", money.Amount.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{Currency}", money.Currency.Code, StringComparison.Ordinal)
                .Replace("{MinorUnits}", money.Currency.MinorUnits.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>
    /// The amount, when present, must not be WRITTEN with more decimals than its currency has minor units:
    /// see <see cref="MustNotHaveMoreDecimalsThanCurrency{T}(IRuleBuilder{T, Money})"/>. Null passes (absent).
    /// Error code IKM130.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, Money?> MustNotHaveMoreDecimalsThanCurrency<T>(this IRuleBuilder<T, Money?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(money => money is not { } m || m.Amount.Scale <= m.Currency.MinorUnits)
            .WithErrorCode(IkmErrorCodes.AmountHasTooManyDecimals)
            .WithMessage((_, money) => IkmMessages.Get(IkmErrorCodes.AmountHasTooManyDecimals)
                .Replace("{Decimals}", (money?.Amount.Scale ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{Currency}", money?.Currency.Code ?? "", StringComparison.Ordinal)
                .Replace("{MinorUnits}", (money?.Currency.MinorUnits ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    private static IRuleBuilderOptions<T, TProperty> WithMessageArgument<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string name, string value) =>
        rule.Configure(component => component.MessageBuilder = context =>
        {
            context.MessageFormatter.AppendArgument(name, value);
            return context.GetDefaultMessage();
        });
}
