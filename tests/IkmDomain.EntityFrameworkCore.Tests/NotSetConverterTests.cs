using System;
using System.Linq;
using System.Reflection;
using IkmDomain.EntityFrameworkCore;

namespace IkmDomain.EntityFrameworkCore.Tests;

/// <summary>
/// Issue 16: every value type the package stores either stores its documented <c>default</c> and reads it back,
/// or refuses a "not set" <c>default</c> on write with an error naming the column and saying "not set".
/// </summary>
public class NotSetConverterTests
{
    private static readonly Type[] NotSet =
    [
        typeof(Nib), typeof(Npwp), typeof(Nik), typeof(PhoneNumber), typeof(Kbli), typeof(HsCode), typeof(CraftMaterial), typeof(CraftTechnique),
        typeof(PostalCode), typeof(Gtin), typeof(Dimensions), typeof(TradePeriod), typeof(ExportSource), typeof(IkmDomain.Common.FeedUrl),
    ];

    private static readonly Type[] DocumentedDefault = [typeof(Currency), typeof(ExchangeRate), typeof(CountryCode)];

    public static TheoryData<Type> NotSetTypes => new(NotSet);

    public static TheoryData<Type> DocumentedTypes => new(DocumentedDefault);

    [Fact]
    public void Every_public_parsable_value_type_of_the_package_is_decided()
    {
        // Money is a complex type of two columns, RegionCode and Weight have number converters (tested below).
        var parsable = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)))
            .Where(t => t != typeof(Money) && t != typeof(RegionCode) && t != typeof(Weight))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(NotSet.Concat(DocumentedDefault).Select(t => t.FullName).Order(StringComparer.Ordinal), parsable);
    }

    [Theory]
    [MemberData(nameof(NotSetTypes))]
    public void A_not_set_default_is_refused_on_write(Type type)
    {
        var column = new IkmColumn("Thing", "Value");
        var write = typeof(IkmTextConverter<>).MakeGenericType(type).GetMethod(nameof(IkmTextConverter<Nib>.Write))!;
        var error = Assert.Throws<TargetInvocationException>(() => write.Invoke(null, [Activator.CreateInstance(type), column]));
        var refused = Assert.IsType<IkmDatabaseValueException>(error.InnerException);
        Assert.Equal("Value", refused.Column);
        Assert.Contains("not set", refused.Message, StringComparison.Ordinal);
        Assert.Contains(type.Name, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DocumentedTypes))]
    public void A_documented_default_is_stored_and_read_back(Type type)
    {
        var converter = typeof(IkmTextConverter<>).MakeGenericType(type);
        var value = Activator.CreateInstance(type)!;
        var text = converter.GetMethod(nameof(IkmTextConverter<Nib>.Write))!.Invoke(null, [value, IkmColumn.Unknown]);
        Assert.Equal(value, converter.GetMethod(nameof(IkmTextConverter<Nib>.Read))!.Invoke(null, [text, IkmColumn.Unknown]));
    }

    [Fact]
    public void The_number_converters_refuse_or_keep_their_defaults()
    {
        Assert.Throws<IkmDatabaseValueException>(() => RegionCodeNumberConverter.Write(default, IkmColumn.Unknown));
        Assert.Equal(default(Weight), WeightGramsConverter.Read(0, IkmColumn.Unknown)); // 0 g is a documented weight
    }

    [Theory]
    [InlineData("0000000000000", typeof(Nib))]
    [InlineData("000000000000000", typeof(Npwp))]
    [InlineData("00000", typeof(Kbli))]
    [InlineData("", typeof(CraftMaterial))]
    public void Text_in_the_database_that_reads_as_not_set_is_a_bad_value(string text, Type type)
    {
        var read = typeof(IkmTextConverter<>).MakeGenericType(type).GetMethod(nameof(IkmTextConverter<Nib>.Read))!;
        var error = Assert.Throws<TargetInvocationException>(() => read.Invoke(null, [text, new IkmColumn("Thing", "Value")]));
        Assert.IsType<IkmDatabaseValueException>(error.InnerException);
    }
}
