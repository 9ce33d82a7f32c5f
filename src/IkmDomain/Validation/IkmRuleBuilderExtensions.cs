using System;

using FluentValidation;

namespace IkmDomain.Validation;

/// <summary>Helpers that attach an IKM error code and its bilingual message to a FluentValidation rule.</summary>
public static class IkmRuleBuilderExtensions
{
    /// <summary>
    /// Sets the rule's error code to <paramref name="code"/> and its message to that code's template in
    /// the current language (see <see cref="IkmMessages"/>).
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="code">An IKM error code.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, TProperty> WithIkmError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.WithErrorCode(code).WithMessage(_ => IkmMessages.Get(code));
    }
}
