using System;
using FluentValidation;

namespace IkmDomain.Validation;

/// <summary>
/// FluentValidation rules for typed members whose value type has a "not set" <c>default</c>
/// (<c>Nib</c>, <c>Npwp</c>, <c>Nik</c>, <c>PhoneNumber</c>, <c>Kbli</c>, <c>HsCode</c>, <c>CraftMaterial</c>,
/// <c>CraftTechnique</c>, <c>RegionCode</c>, <c>PostalCode</c>, <c>Gtin</c>, <c>Dimensions</c>,
/// <c>TradePeriod</c>, <c>ExportSource</c>, <c>FeedUrl</c>):
/// <c>RuleFor(b => b.Nib).MustBeSet()</c>, <c>RuleForEach(b => b.KbliCodes).MustBeSetItem()</c>.
/// </summary>
/// <remarks>
/// A member of such a type that was never assigned holds its <c>default</c>, which prints like a value
/// (<c>0000000000000</c> for a NIB) but is none. These rules report it with IKM020 (IKM021 for a list
/// item). For types whose <c>default</c> is a documented value (<c>Money</c> XXX 0, <c>Currency</c> XXX,
/// <c>CountryCode</c> World, <c>Weight</c> 0 g, <c>ExchangeRate</c> XXX/XXX 1) the rules pass every value.
/// A null nullable member passes: "absent" is a choice, "not set" is a mistake.
/// </remarks>
public static class NotSetRuleExtensions
{
    /// <summary>The value must not be the "not set" <c>default</c> of its type (IKM020).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The member's value type.</typeparam>
    /// <param name="rule">The rule for the member.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, TProperty> MustBeSet<T, TProperty>(this IRuleBuilder<T, TProperty> rule)
        where TProperty : struct, IEquatable<TProperty>
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule
            .Must((_, value, context) => Check(value, context))
            .WithIkmError(IkmErrorCodes.ValueNotSet);
    }

    /// <summary>The value, when present, must not be the "not set" <c>default</c> of its type (IKM020); null passes.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The member's value type.</typeparam>
    /// <param name="rule">The rule for the nullable member.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, TProperty?> MustBeSet<T, TProperty>(this IRuleBuilder<T, TProperty?> rule)
        where TProperty : struct, IEquatable<TProperty>
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule
            .Must((_, value, context) => value is not { } v || Check(v, context))
            .WithIkmError(IkmErrorCodes.ValueNotSet);
    }

    /// <summary>For <c>RuleForEach</c>: no item may be the "not set" <c>default</c> of its type (IKM021).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The items' value type.</typeparam>
    /// <param name="rule">The rule for each item.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, TProperty> MustBeSetItem<T, TProperty>(this IRuleBuilder<T, TProperty> rule)
        where TProperty : struct, IEquatable<TProperty>
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule
            .Must((_, value, context) => Check(value, context))
            .WithIkmError(IkmErrorCodes.ListItemNotSet);
    }

    private static bool Check<T, TProperty>(TProperty value, ValidationContext<T> context)
        where TProperty : struct, IEquatable<TProperty>
    {
        if (!NotSetValue.Is(value))
        {
            return true;
        }

        context.MessageFormatter.AppendArgument("TypeName", typeof(TProperty).Name);
        return false;
    }
}
