using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FluentValidation;

namespace IkmDomain.Tests.Validation;

/// <summary>
/// Issue 16: a typed member that was never set (it holds a "not set" default) is reported by the record's
/// validator with IKM020 (IKM021 for a list item), or refused by the record itself (<see cref="CraftProduct"/>
/// and <see cref="ExportRecord"/> keep their invariants in their init accessors). The scan covers every
/// public settable member of every validated record whose type has a not-set default.
/// </summary>
public class NotSetValidationTests
{
    private static IkmBusiness Business() => new()
    {
        Nib = Nib.Parse("8120000123456"),
        Name = "Sanggar Jati",
        LegalForm = LegalForm.Perseorangan,
        KbliCodes = [Kbli.Parse("16293")],
        Region = RegionCode.Parse("33.20.01"),
        StreetAddress = "Jl. Raya 1",
        Npwp = Npwp.Parse("021832415123000"),
        PostalCode = PostalCode.Parse("59411"),
        Phone = PhoneNumber.Parse("0812-3456-7890"),
        Materials = [CraftMaterial.Wood],
    };

    private static Sentra Sentra() => new()
    {
        Id = "S-1",
        Name = "Sentra Ukir Mulyoharjo",
        Village = RegionCode.Parse("33.20.01.2001"),
        MainCommodity = "Ukiran kayu",
        MainKbli = Kbli.Parse("16293"),
        MainMaterial = CraftMaterial.Wood,
        Members = [Nib.Parse("8120000123456")],
    };

    private static ExportRecord Export() =>
        new ExportRecord(TradePeriod.ForYear(2021), CountryCode.UnitedStates, Money.Usd(10m), ExportSource.UnComtrade) { HsCode = HsCode.Parse("4420.11") };

    public static TheoryData<string> Records => ["IkmBusiness", "Sentra", "ExportRecord", "CraftProduct"];

    private static (object Sample, IValidator Validator) Case(string name) => name switch
    {
        "IkmBusiness" => (Business(), new IkmBusinessValidator(TimeProvider.System, null)),
        "Sentra" => (Sentra(), new SentraValidator(null)),
        "ExportRecord" => (Export(), new ExportRecordValidator()),
        _ => (IkmDomain.Tests.Crafts.CraftProductTests.Sample() with { Gtin = Gtin.Parse("036000291452"), HsCode = HsCode.Parse("4420.11") }, new GoogleMerchantReadinessValidator()),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void The_valid_sample_has_no_not_set_error(string record)
    {
        var (sample, validator) = Case(record);
        var result = validator.Validate(new ValidationContext<object>(sample));
        Assert.DoesNotContain(result.Errors, e => e.ErrorCode is IkmErrorCodes.ValueNotSet or IkmErrorCodes.ListItemNotSet);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_member_left_at_a_not_set_default_is_reported_or_refused(string record)
    {
        var (sample, validator) = Case(record);
        var type = sample.GetType();
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && (NotSetValue.AppliesTo(p.PropertyType) || ElementType(p.PropertyType) is { } e && NotSetValue.AppliesTo(e)))
            .ToList();
        Assert.NotEmpty(members);

        foreach (var member in members)
        {
            var copy = type.GetMethod("<Clone>$")!.Invoke(sample, null)!;
            var element = ElementType(member.PropertyType);
            object notSet = element is not null && NotSetValue.AppliesTo(element)
                ? NotSetList(element)
                : Activator.CreateInstance(Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType)!;
            try
            {
                member.SetValue(copy, notSet);
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException refused)
            {
                // The record keeps the invariant itself; the message names the member and "not set".
                Assert.Contains(member.Name, refused.Message, StringComparison.Ordinal);
                continue;
            }

            var result = validator.Validate(new ValidationContext<object>(copy));
            var code = element is not null ? IkmErrorCodes.ListItemNotSet : IkmErrorCodes.ValueNotSet;
            Assert.True(
                result.Errors.Any(f => f.ErrorCode == code && f.PropertyName.StartsWith(member.Name, StringComparison.Ordinal)),
                $"{type.Name}.{member.Name} = default: no {code}; got {string.Join(", ", result.Errors.Select(f => f.ErrorCode + " " + f.PropertyName))}");
        }
    }

    [Fact]
    public void The_message_names_the_member_and_the_type_in_English_and_Indonesian()
    {
        var business = Business() with { Nib = default };
        var validator = new IkmBusinessValidator(TimeProvider.System, null);
        var english = validator.Validate(business).Errors.Single(f => f.ErrorCode == IkmErrorCodes.ValueNotSet);
        Assert.Equal("'Nib' is not set: it holds default(Nib), which is not a real Nib. Give a real value, or leave an optional member empty (null).", english.ErrorMessage);

        var item = validator.Validate(business with { Nib = Nib.Parse("8120000123456"), Materials = [CraftMaterial.Wood, default] }).Errors.Single(f => f.ErrorCode == IkmErrorCodes.ListItemNotSet);
        Assert.Equal("Materials[1]", item.PropertyName);
        Assert.Contains("default(CraftMaterial)", item.ErrorMessage, StringComparison.Ordinal);
        Assert.StartsWith("'{PropertyName}' belum diisi: isinya default({TypeName})", IkmMessages.Indonesian(IkmErrorCodes.ValueNotSet), StringComparison.Ordinal);
        Assert.StartsWith("'{PropertyName}' belum diisi: daftar ini memuat default({TypeName})", IkmMessages.Indonesian(IkmErrorCodes.ListItemNotSet), StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_optional_member_is_absent_not_unset()
    {
        var result = new IkmBusinessValidator(TimeProvider.System, null).Validate(Business() with { Npwp = null, Phone = null, PostalCode = null });
        Assert.DoesNotContain(result.Errors, e => e.ErrorCode == IkmErrorCodes.ValueNotSet);
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static IList NotSetList(Type element)
    {
        var array = Array.CreateInstance(element, 1); // one default(T)
        return array;
    }
}
