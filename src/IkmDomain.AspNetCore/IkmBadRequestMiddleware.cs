using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.Metadata;

namespace IkmDomain.AspNetCore;

/// <summary>
/// Turns a request that failed to bind (a bad IkmDomain value in the route, query, header or JSON body) into a
/// 400 problem details response carrying the IKM code (extension <c>code</c>), the parameter or member
/// (extension <c>parameter</c>) and the library's message (<c>detail</c>). Added at the start of the pipeline by
/// <see cref="IkmServiceCollectionExtensions.AddIkmDomain"/>; other exceptions pass through untouched.
/// </summary>
public sealed class IkmBadRequestMiddleware(RequestDelegate next)
{
    /// <summary>Runs the rest of the pipeline.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task.</returns>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var problem = IkmProblems.ForBadRequest(context, e);
            context.Response.Clear();
            await TypedResults.Problem(problem).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}

/// <summary>Problem details for IkmDomain errors.</summary>
public static class IkmProblems
{
    /// <summary>The problem details of a request that failed to bind: the first IkmDomain parameter whose text does
    /// not parse (route, query or header), or the JSON member that does not read.</summary>
    /// <param name="context">The request (its endpoint tells the parameters).</param>
    /// <param name="exception">The binding failure.</param>
    /// <returns>A 400 problem.</returns>
    public static ProblemDetails ForBadRequest(HttpContext context, BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(exception);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has a value that is not valid.",
            Detail = exception.Message,
        };

        for (Exception? e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is IkmJsonValueException ikm)
            {
                problem.Detail = ikm.Message;
                problem.Extensions["code"] = ikm.Code;
                problem.Extensions["parameter"] = ikm.Member;
                return problem;
            }
        }

        if (exception.InnerException is JsonException json)
        {
            // A library type's converter explains itself (a FormatException naming the input and the rule); the
            // serializer's own message names only the .NET type and the path, which the parameter carries.
            problem.Detail = json.InnerException is FormatException or ArgumentException ? json.InnerException.Message : json.Message;
            problem.Extensions["code"] = IkmValueParsers.InvalidRequestBody;
            if (json.Path is { } path)
            {
                problem.Extensions["parameter"] = path;
            }

            return problem;
        }

        var method = context.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>();
        foreach (var parameter in method?.GetParameters() ?? [])
        {
            var (name, text) = RawText(context, parameter);
            if (IkmValueParsers.IsBad(parameter.ParameterType, text, out var code, out var message))
            {
                problem.Detail = message;
                problem.Extensions["code"] = code;
                problem.Extensions["parameter"] = name;
                return problem;
            }
        }

        return problem;
    }

    private static (string Name, string? Text) RawText(HttpContext context, ParameterInfo parameter)
    {
        var name = parameter.Name ?? string.Empty;
        var attributes = parameter.GetCustomAttributes(inherit: true);
        if (attributes.OfType<IFromHeaderMetadata>().FirstOrDefault() is { } header)
        {
            var headerName = header.Name ?? name;
            return (headerName, context.Request.Headers.TryGetValue(headerName, out var h) ? h.ToString() : null);
        }

        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } query)
        {
            var queryName = query.Name ?? name;
            return (queryName, context.Request.Query.TryGetValue(queryName, out var q) ? q.ToString() : null);
        }

        var routeName = attributes.OfType<IFromRouteMetadata>().FirstOrDefault()?.Name ?? name;
        if (context.Request.RouteValues.TryGetValue(routeName, out var r) && r is not null)
        {
            return (routeName, Convert.ToString(r, System.Globalization.CultureInfo.InvariantCulture));
        }

        return (name, context.Request.Query.TryGetValue(name, out var fallback) ? fallback.ToString() : null);
    }
}

/// <summary>Adds <see cref="IkmBadRequestMiddleware"/> at the start of the pipeline.</summary>
internal sealed class IkmBadRequestStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<IkmBadRequestMiddleware>();
        next(app);
    };
}
