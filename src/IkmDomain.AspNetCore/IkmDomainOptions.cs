using System;
using System.Globalization;
using IkmDomain.Regions;

namespace IkmDomain.AspNetCore;

/// <summary>Options of <see cref="IkmServiceCollectionExtensions.AddIkmDomain"/>.</summary>
public sealed class IkmDomainOptions
{
    /// <summary>The region directory the validators check codes against. Default <see cref="RegionDirectory.Default"/>.</summary>
    public RegionDirectory RegionDirectory { get; set; } = RegionDirectory.Default;

    /// <summary>The clock the validators use for "not in the future" and "expired" rules. Default: the
    /// <see cref="System.TimeProvider"/> already registered, else <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>
    /// The language of validation messages: <c>id</c> for Indonesian, <c>en</c> (or the invariant culture) for English.
    /// Null (the default) leaves FluentValidation's language alone, so messages follow each request's UI culture.
    /// Setting it sets FluentValidation's global <c>ValidatorOptions.Global.LanguageManager.Culture</c>.
    /// </summary>
    public CultureInfo? Language { get; set; }

    /// <summary>
    /// Whether a bad route, query, header or body value gets a 400 problem details response carrying the IKM code
    /// and the library's message (default true). This switches on <c>RouteHandlerOptions.ThrowOnBadRequest</c> and
    /// adds a small middleware at the start of the pipeline that turns the binding failure into the response.
    /// </summary>
    public bool ProblemDetailsForBadValues { get; set; } = true;

    /// <summary>Whether public IkmDomain enums read and write as their names in JSON (default true).</summary>
    public bool EnumsAsNames { get; set; } = true;
}
