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

    private static Certification Certification() =>
        new() { Kind = CertificationKind.Svlk, Number = "VLK-00123", Issuer = "PT Sucofindo", IssuedOn = new DateOnly(2024, 3, 1) };

    private static CraftProduct Product() =>
        IkmDomain.Tests.Crafts.CraftProductTests.Sample() with { Gtin = Gtin.Parse("036000291452"), HsCode = HsCode.Parse("4420.11") };

    // Every validator of the library, by name (Every_validator_of_the_library_is_scanned keeps the list whole).
    public static TheoryData<string> Records => [.. ValidatorNames];

    private static readonly string[] ValidatorNames =
    [
        nameof(IkmBusinessValidator), nameof(SentraValidator), nameof(ExportRecordValidator), nameof(CertificationValidator),
        nameof(GoogleMerchantReadinessValidator), nameof(MetaCatalogReadinessValidator), nameof(TikTokShopReadinessValidator),
        nameof(ShopeeReadinessValidator), nameof(CraftProductValidator),
    ];

    private static (object Sample, IValidator Validator) Case(string name) => name switch
    {
        nameof(IkmBusinessValidator) => (Business(), new IkmBusinessValidator(TimeProvider.System, null)),
        nameof(SentraValidator) => (Sentra(), new SentraValidator(null)),
        nameof(ExportRecordValidator) => (Export(), new ExportRecordValidator()),
        nameof(CertificationValidator) => (Certification(), new CertificationValidator()),
        nameof(GoogleMerchantReadinessValidator) => (Product(), new GoogleMerchantReadinessValidator()),
        nameof(MetaCatalogReadinessValidator) => (Product(), new MetaCatalogReadinessValidator()),
        nameof(TikTokShopReadinessValidator) => (Product(), new TikTokShopReadinessValidator()),
        nameof(ShopeeReadinessValidator) => (Product(), new ShopeeReadinessValidator()),
        nameof(CraftProductValidator) => (new CraftProductInput { Price = 150000m }, new CraftProductValidator()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no sample"),
    };

    /// <summary>
    /// The library's value types whose <c>default</c> is a documented valid value (see <see cref="IDefaultIsNotSet"/>),
    /// so a member of that type left at default is not "not set". Every other value type of the library in a
    /// validated record must carry <see cref="IDefaultIsNotSet"/> and be reported; enums must name 0.
    /// </summary>
    private static readonly Dictionary<Type, string> DocumentedValidDefaults = new()
    {
        [typeof(Money)] = "XXX 0 (no currency, zero)",
        [typeof(Currency)] = "XXX (no currency)",
        [typeof(CountryCode)] = "World (UN Comtrade partner 0, the all-partners total)",
        [typeof(Weight)] = "0 g",
        [typeof(ExchangeRate)] = "XXX/XXX 1",
    };

    [Fact]
    public void An_export_partner_left_at_default_is_the_documented_world_total()
    {
        // default(CountryCode) is CountryCode.World by contract (UN Comtrade partner 0): a record built in code with
        // a default partner is the all-partners total, not "not set". Changing that is a contract change (see report).
        var record = Export() with { Partner = default };
        Assert.True(record.Partner.IsWorld);
        Assert.Equal(CountryCode.World, default(CountryCode));
        Assert.DoesNotContain(new ExportRecordValidator().Validate(record).Errors, e => e.ErrorCode == IkmErrorCodes.ValueNotSet);
    }

    [Fact]
    public void Every_validator_of_the_library_is_scanned()
    {
        var all = typeof(Money).Assembly.GetExportedTypes().Where(t => !t.IsAbstract && typeof(IValidator).IsAssignableFrom(t)).Select(t => t.Name);
        Assert.Empty(all.Except(ValidatorNames));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_value_type_member_is_either_checked_for_not_set_or_has_a_documented_valid_default(string record)
    {
        // The earlier scan took only members whose type carries IDefaultIsNotSet, so a type that should carry it
        // and does not (or a record member nobody checks) was never looked at. Now every member of a value type
        // of the library is accounted for.
        var (sample, _) = Case(record);
        var unaccounted = sample.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => (p.Name, Type: ValueTypeOf(p.PropertyType)))
            .Where(m => m.Type is { } t && t.Assembly == typeof(Money).Assembly && !NotSetValue.AppliesTo(t)
                && !DocumentedValidDefaults.ContainsKey(t) && !(t.IsEnum && Enum.IsDefined(t, 0)))
            .Select(m => m.Name + ": " + m.Type!.Name)
            .ToList();
        Assert.Empty(unaccounted);
    }

    private static Type? ValueTypeOf(Type type)
    {
        var t = ElementType(type) ?? type;
        t = Nullable.GetUnderlyingType(t) ?? t;
        return t.IsValueType ? t : null;
    }

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
        if (members.Count == 0)
        {
            // Only these records hold no member of a not-set type (text input, certification); the value-type scan covers them.
            Assert.Contains(record, new[] { nameof(CertificationValidator), nameof(CraftProductValidator) });
            return;
        }

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
