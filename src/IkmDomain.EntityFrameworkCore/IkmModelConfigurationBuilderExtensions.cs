using System;
using IkmDomain.Regions;
using Microsoft.EntityFrameworkCore;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>The one call that maps every IkmDomain value type: <c>configurationBuilder.AddIkmConventions()</c>.</summary>
public static class IkmModelConfigurationBuilderExtensions
{
    /// <summary>
    /// Maps every IkmDomain value type, in entity properties, complex types and query parameters, so an entity
    /// with these property types just works. Call it from <c>DbContext.ConfigureConventions</c>.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item><see cref="RegionCode"/>: a 64-bit integer (<see cref="RegionCode.ToNumber"/>), so a region's descendants are
    /// one index range: query them with <see cref="IkmDbFunctions.IsInRegion(RegionCode, RegionCode)"/>.</item>
    /// <item><see cref="Crafts.Weight"/>: whole grams (64-bit integer).</item>
    /// <item><see cref="Money"/> (and <c>Money?</c>): a complex type of two columns, <c>{Property}_Amount</c>
    /// (decimal, precision 19 scale 4 unless <paramref name="configure"/> says otherwise) and
    /// <c>{Property}_Currency</c> (the ISO 4217 code, 3 characters).</item>
    /// <item>Every other value type (Currency, ExchangeRate, PostalCode, Nib, Npwp, Nik, PhoneNumber, Kbli, HsCode,
    /// CraftMaterial, CraftTechnique, Gtin, Dimensions, CountryCode, TradePeriod, ExportSource, FeedUrl): its canonical
    /// text (<c>ToString()</c>, culture-invariant), read back with its parser.</item>
    /// </list>
    /// Equality on every type, ordering and ranges on the numeric ones and on the money amount translate to SQL.
    /// A bad value in the database throws <see cref="IkmDatabaseValueException"/> naming the column and value
    /// (and the row's key with <see cref="IkmDbContextOptionsBuilderExtensions.UseIkmDomain"/>); a <c>default</c>
    /// that means "not set" is refused on write.
    /// </remarks>
    /// <param name="configurationBuilder">The builder passed to <c>ConfigureConventions</c>.</param>
    /// <param name="configure">Sets the money column's precision and scale.</param>
    /// <returns>The same builder.</returns>
    public static ModelConfigurationBuilder AddIkmConventions(this ModelConfigurationBuilder configurationBuilder, Action<IkmConventionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        var options = new IkmConventionOptions();
        configure?.Invoke(options);
        if (options.MoneyPrecision is < 1 or > 38 || options.MoneyScale < 0 || options.MoneyScale > options.MoneyPrecision)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), $"The money column needs 1 <= precision <= 38 and 0 <= scale <= precision; got precision {options.MoneyPrecision}, scale {options.MoneyScale}.");
        }

        Text<Currency>(configurationBuilder);
        Text<ExchangeRate>(configurationBuilder);
        Text<PostalCode>(configurationBuilder);
        Text<Businesses.Nib>(configurationBuilder);
        Text<Businesses.Npwp>(configurationBuilder);
        Text<Businesses.Nik>(configurationBuilder);
        Text<Businesses.PhoneNumber>(configurationBuilder);
        Text<Classifications.Kbli>(configurationBuilder);
        Text<Classifications.HsCode>(configurationBuilder);
        Text<Classifications.CraftMaterial>(configurationBuilder);
        Text<Classifications.CraftTechnique>(configurationBuilder);
        Text<Crafts.Gtin>(configurationBuilder);
        Text<Crafts.Dimensions>(configurationBuilder);
        Text<Exports.CountryCode>(configurationBuilder);
        Text<Exports.TradePeriod>(configurationBuilder);
        Text<Exports.ExportSource>(configurationBuilder);
        Text<Common.FeedUrl>(configurationBuilder);

        configurationBuilder.Properties<RegionCode>().HaveConversion<RegionCodeNumberConverter, IkmValueComparer<RegionCode>>();
        configurationBuilder.DefaultTypeMapping<RegionCode>().HasConversion<RegionCodeNumberConverter>();
        configurationBuilder.Properties<Crafts.Weight>().HaveConversion<WeightGramsConverter, IkmValueComparer<Crafts.Weight>>();
        configurationBuilder.DefaultTypeMapping<Crafts.Weight>().HasConversion<WeightGramsConverter>();

        configurationBuilder.ComplexProperties<Money>();
        configurationBuilder.Conventions.Add(_ => new IkmConvention(options));
        return configurationBuilder;
    }

    private static void Text<T>(ModelConfigurationBuilder builder)
        where T : struct, IParsable<T>, IEquatable<T>
    {
        builder.Properties<T>().HaveConversion<IkmTextConverter<T>, IkmValueComparer<T>>();
        builder.DefaultTypeMapping<T>().HasConversion<IkmTextConverter<T>>();
    }
}
