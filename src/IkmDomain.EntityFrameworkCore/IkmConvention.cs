using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using IkmDomain.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// The model convention behind <c>AddIkmConventions()</c>: maps <see cref="IkmDbFunctions"/>, gives
/// <see cref="Money"/> complex properties their two columns, and gives each IkmDomain property a converter
/// that names its column in errors.
/// </summary>
internal sealed class IkmConvention(IkmConventionOptions options) : IModelInitializedConvention, IComplexPropertyAddedConvention, IModelFinalizingConvention
{
    private static readonly PropertyInfo AmountProperty = typeof(Money).GetProperty(nameof(Money.Amount))!;
    private static readonly PropertyInfo CurrencyProperty = typeof(Money).GetProperty(nameof(Money.Currency))!;

    public void ProcessModelInitialized(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var method in typeof(IkmDbFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (method.Name == nameof(IkmDbFunctions.IsInRegion))
            {
                modelBuilder.HasDbFunction(method)?.HasTranslation(IkmDbFunctions.TranslateIsInRegion);
            }
        }
    }

    public void ProcessComplexPropertyAdded(IConventionComplexPropertyBuilder propertyBuilder, IConventionContext<IConventionComplexPropertyBuilder> context)
    {
        var complexType = propertyBuilder.Metadata.ComplexType;
        if (complexType.ClrType != typeof(Money))
        {
            return;
        }

        var amount = complexType.Builder.Property(AmountProperty);
        amount?.HasPrecision(options.MoneyPrecision);
        amount?.HasScale(options.MoneyScale);
        amount?.IsRequired(true);
        var currency = complexType.Builder.Property(CurrencyProperty);
        currency?.IsRequired(true);
        currency?.HasMaxLength(3);
    }

    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            Configure(entityType, entityType);
        }
    }

    private void Configure(IConventionEntityType entityType, IConventionTypeBase type)
    {
        foreach (var property in type.GetDeclaredProperties())
        {
            var converter = CreateConverter(entityType, property);
            if (converter is not null)
            {
                // The type-wide converter from ConfigureConventions is explicit configuration, which a
                // convention builder cannot override; this replaces it with the column-aware one.
                ((IMutableProperty)property).SetValueConverter(converter);
            }
        }

        foreach (var complex in type.GetDeclaredComplexProperties())
        {
            Configure(entityType, complex.ComplexType);
        }
    }

    private static string ColumnName(IReadOnlyEntityType entityType, IReadOnlyProperty property) =>
        StoreObjectIdentifier.Create(entityType, StoreObjectType.Table) is { } table
            ? property.GetColumnName(table) ?? property.GetColumnName()
            : property.GetColumnName();

    private ValueConverter? CreateConverter(IConventionEntityType entityType, IConventionProperty property)
    {
        var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var column = new IkmColumn(entityType.ShortName(), () => ColumnName(entityType, property));
        if (clr == typeof(decimal) && property.DeclaringType is IConventionComplexType { ClrType: var owner } && owner == typeof(Money))
        {
            return new MoneyAmountConverter(column, property.GetScale() ?? options.MoneyScale);
        }

        if (clr == typeof(RegionCode))
        {
            return new RegionCodeNumberConverter(column);
        }

        if (clr == typeof(Crafts.Weight))
        {
            return new WeightGramsConverter(column);
        }

        return IkmTypes.TextTypes.Contains(clr)
            ? (ValueConverter)Activator.CreateInstance(typeof(IkmTextConverter<>).MakeGenericType(clr), column)!
            : null;
    }
}

/// <summary>The value types the package maps.</summary>
internal static class IkmTypes
{
    public static readonly HashSet<Type> TextTypes =
    [
        typeof(Currency),
        typeof(ExchangeRate),
        typeof(PostalCode),
        typeof(Businesses.Nib),
        typeof(Businesses.Npwp),
        typeof(Businesses.Nik),
        typeof(Businesses.PhoneNumber),
        typeof(Classifications.Kbli),
        typeof(Classifications.HsCode),
        typeof(Classifications.CraftMaterial),
        typeof(Classifications.CraftTechnique),
        typeof(Crafts.Gtin),
        typeof(Crafts.Dimensions),
        typeof(Exports.CountryCode),
        typeof(Exports.TradePeriod),
        typeof(Exports.ExportSource),
        typeof(Common.FeedUrl),
    ];
}
