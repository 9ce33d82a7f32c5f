using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IkmDomain.AspNetCore;

/// <summary>FluentValidation results as problem details, in one call.</summary>
public static class IkmValidationResults
{
    /// <summary>
    /// The 400 validation problem of a result: <c>errors</c> maps each property to its messages (as ASP.NET Core's
    /// <c>ValidationProblem</c> does) and the extension <c>ikmErrors</c> lists each failure with its property,
    /// IKM code, severity, message and attempted value. Warnings are listed but do not by themselves make a problem.
    /// </summary>
    /// <param name="result">The validation result.</param>
    /// <returns>The 400 result.</returns>
    public static IResult ToProblem(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Errors
            .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray(), StringComparer.Ordinal);
        var details = result.Errors.Select(f => new Dictionary<string, object?>
        {
            ["property"] = f.PropertyName,
            ["code"] = f.ErrorCode,
            ["severity"] = f.Severity.ToString(),
            ["message"] = f.ErrorMessage,
            ["attemptedValue"] = f.AttemptedValue is null ? null : Convert.ToString(f.AttemptedValue, CultureInfo.InvariantCulture),
        }).ToList();
        return TypedResults.ValidationProblem(
            errors,
            title: "The request breaks IkmDomain rules.",
            extensions: new Dictionary<string, object?> { ["ikmErrors"] = details });
    }

    /// <summary>True when the result has a failure of severity <see cref="Severity.Error"/> (warnings pass).</summary>
    /// <param name="result">The result.</param>
    /// <returns>Whether the input must be refused.</returns>
    public static bool HasErrors(this ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Any(f => f.Severity == Severity.Error);
    }

    /// <summary>
    /// Validates the endpoint's <typeparamref name="T"/> argument with the <c>IValidator&lt;T&gt;</c> from the
    /// container before the handler runs, answering 400 problem details (<see cref="ToProblem"/>) when it has errors.
    /// </summary>
    /// <typeparam name="T">The argument type, such as <c>CraftProductInput</c>.</typeparam>
    /// <typeparam name="TBuilder">The endpoint builder type (an endpoint or a route group).</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <returns>The same endpoint.</returns>
    public static TBuilder WithIkmValidation<T, TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var argument = context.Arguments.OfType<T>().FirstOrDefault();
            if (argument is not null)
            {
                var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
                var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted).ConfigureAwait(false);
                if (result.HasErrors())
                {
                    return result.ToProblem();
                }
            }

            return await next(context).ConfigureAwait(false);
        });
        return builder;
    }

    /// <summary>Validates the endpoint's <typeparamref name="T"/> argument (see <see cref="WithIkmValidation{T, TBuilder}"/>).</summary>
    /// <typeparam name="T">The argument type.</typeparam>
    /// <param name="builder">The endpoint.</param>
    /// <returns>The same endpoint.</returns>
    public static RouteHandlerBuilder WithIkmValidation<T>(this RouteHandlerBuilder builder) =>
        builder.WithIkmValidation<T, RouteHandlerBuilder>();
}
