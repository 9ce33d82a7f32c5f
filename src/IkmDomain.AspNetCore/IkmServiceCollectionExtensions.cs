using System;
using FluentValidation;
using IkmDomain.Regions;
using IkmDomain.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IkmDomain.AspNetCore;

/// <summary>The one call that wires IkmDomain into an ASP.NET Core app: <c>builder.Services.AddIkmDomain()</c>.</summary>
public static class IkmServiceCollectionExtensions
{
    /// <summary>
    /// Registers every IkmDomain validator (as <c>IValidator&lt;T&gt;</c> and as its own type, singletons),
    /// the <see cref="RegionDirectory"/> and <see cref="TimeProvider"/> they use, the validation language, the JSON
    /// options (money members of input records as <c>{"amount":..,"currency":..}</c> or text, enums as names) and
    /// the 400 problem details for bad values (see <see cref="IkmDomainOptions.ProblemDetailsForBadValues"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the defaults.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddIkmDomain(this IServiceCollection services, Action<IkmDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new IkmDomainOptions();
        configure?.Invoke(options);
        ArgumentNullException.ThrowIfNull(options.RegionDirectory, nameof(IkmDomainOptions.RegionDirectory));

        services.AddSingleton(options);
        services.TryAddSingleton(options.RegionDirectory);
        if (options.TimeProvider is not null)
        {
            services.AddSingleton(options.TimeProvider);
        }
        else
        {
            services.TryAddSingleton(TimeProvider.System);
        }

        if (options.Language is not null)
        {
            ValidatorOptions.Global.LanguageManager.Culture = options.Language;
        }

        // Every validator in the library; the container picks the constructor that takes the clock and the directory.
        services.AddValidatorsFromAssemblyContaining<IkmBusinessValidator>(ServiceLifetime.Singleton, includeInternalTypes: false);

        services.Configure<JsonOptions>(json => IkmJson.Configure(json.SerializerOptions, options.EnumsAsNames));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => IkmJson.Configure(json.JsonSerializerOptions, options.EnumsAsNames));

        if (options.ProblemDetailsForBadValues)
        {
            services.AddProblemDetails();
            services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
            services.AddTransient<IStartupFilter, IkmBadRequestStartupFilter>();
        }

        return services;
    }
}
