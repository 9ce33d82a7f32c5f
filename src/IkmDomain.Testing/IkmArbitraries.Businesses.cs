using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Regions;
using Level = IkmDomain.Regions.RegionLevel;
using BusinessRecord = IkmDomain.Businesses.IkmBusiness;
using SentraRecord = IkmDomain.Businesses.Sentra;
using CertificationRecord = IkmDomain.Businesses.Certification;
using KbliCode = IkmDomain.Classifications.Kbli;
using Phone = IkmDomain.Businesses.PhoneNumber;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    private static Gen<string> DigitText(int length) =>
        Gen.ArrayOf(Gen.Choose(0, 9), length).Select(a => string.Concat(a.Select(d => (char)('0' + d))));

    private static Gen<string> DigitText(int minLength, int maxLength) =>
        Gen.Choose(minLength, maxLength).SelectMany(DigitText);

    /// <summary>Any NIB (13 random digits, leading zeros included; never all zeros, which is <c>default(Nib)</c>, "not set").</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IkmDomain.Businesses.Nib> Nib() =>
        DigitText(IkmDomain.Businesses.Nib.Length).Where(d => d.AsSpan().ContainsAnyExcept('0')).Select(IkmDomain.Businesses.Nib.Parse).ToArbitrary();

    /// <summary>
    /// Any NPWP: legacy 15-digit numbers (about half with a consistent check digit), company
    /// 16-digit numbers (<c>0</c> + 15 digits) and NIK-based 16-digit numbers; never all zeros (the "no NPWP"
    /// placeholder and <c>default(Npwp)</c>).
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IkmDomain.Businesses.Npwp> Npwp() => Gen.OneOf(
            DigitText(15),
            NpwpWithValidCheckDigitGen().Select(n => n.ToString("D", null)),
            DigitText(15).Select(d => "0" + d),
            NikGen().Select(n => n.ToString()))
        .Where(d => d.AsSpan().ContainsAnyExcept('0', '.', '-'))
        .Select(IkmDomain.Businesses.Npwp.Parse)
        .ToArbitrary();

    /// <summary>Legacy NPWPs whose check digit is consistent (digit 9 is the Luhn check over digits 1-8).</summary>
    /// <returns>The generator.</returns>
    public static Gen<IkmDomain.Businesses.Npwp> NpwpWithValidCheckDigitGen() =>
        from head in DigitText(8)
        from tail in DigitText(6)
        where head.AsSpan().ContainsAnyExcept('0') || tail.AsSpan().ContainsAnyExcept('0')
        let check = IkmDomain.Businesses.Npwp.ComputeCheckDigit(ulong.Parse(head, System.Globalization.CultureInfo.InvariantCulture))
        select IkmDomain.Businesses.Npwp.Parse(head + (char)('0' + check) + tail);

    /// <summary>
    /// NIKs whose district (<see cref="IkmDomain.Businesses.Nik.District"/>, the first six digits) exists in
    /// <see cref="IkmDomain.Regions.RegionDirectory.Default"/>, with a real birth date (+40 on the day for women) and any
    /// serial. For NIKs whose district need only be well-formed, use <see cref="WellFormedNik"/>.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IkmDomain.Businesses.Nik> Nik() => NikGen().ToArbitrary();

    /// <summary>
    /// Structurally valid NIKs whose district need not exist in the directory (a plausible province Kemendagri has
    /// issued, any regency and district number), to test code paths for unknown districts.
    /// </summary>
    /// <returns>A generator of <see cref="IkmDomain.Businesses.Nik"/>s.</returns>
    public static Gen<IkmDomain.Businesses.Nik> WellFormedNik() =>
        from province in Gen.Elements(IssuedProvinces)
        from regency in Gen.Choose(1, 99).Where(r => r != 70)
        from district in Gen.Choose(1, 99)
        from rest in NikTail()
        select IkmDomain.Businesses.Nik.Parse(FormattableString.Invariant($"{province:00}{regency:00}{district:00}") + rest);

    // The 38 province codes Kemendagri has issued (Kepmendagri 300.2.2-2138/2025); a NIK must use one.
    private static readonly int[] IssuedProvinces =
        [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96];

    private static Gen<IkmDomain.Businesses.Nik> NikGen() =>
        from district in ExistingRegionAt(Level.District)
        from rest in NikTail()
        select IkmDomain.Businesses.Nik.Parse(district.ToCompactString() + rest);

    // Birth date (day + 40 for women), month, two-digit year, serial: the last ten digits of a NIK.
    private static Gen<string> NikTail() =>
        from year in Gen.Choose(0, 99)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(2000 + year, month))
        from female in Gen.Elements(false, true)
        from serial in Gen.Choose(0, 9999)
        select FormattableString.Invariant($"{(female ? day + 40 : day):00}{month:00}{year:00}{serial:0000}");

    /// <summary>Any KBLI code: mostly catalogue codes, also random well-formed codes (divisions 01-99), in both editions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KbliCode> Kbli() => Gen.Frequency(
            (2, Gen.Elements(16291, 16293, 13134, 32112, 32903, 31001, 23932)),
            (1, Gen.Choose(1_000, 99_999)))
        .SelectMany(code => Gen.Elements(KbliVersion.Kbli2020, KbliVersion.Kbli2025).Select(v => new KbliCode(code, v)))
        .ToArbitrary();

    /// <summary>Any Indonesian phone number: mobile (<c>8[1-35-9]</c> + 7-10 digits) and landline (area code + subscriber).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Phone> PhoneNumber() => Gen.OneOf(
            from second in Gen.Elements('1', '2', '3', '5', '6', '7', '8', '9')
            from rest in DigitText(7, 10)
            select "08" + second + rest,
            from area in Gen.Elements("21", "22", "24", "31", "61")
            from first in Gen.Choose(1, 9)
            from rest in DigitText(6, 7)
            select "0" + area + first + rest,
            from area in Gen.Elements("274", "361", "341", "291", "411", "370")
            from first in Gen.Choose(1, 9)
            from rest in DigitText(4, 7)
            select "0" + area + first + rest)
        .Select(IkmDomain.Businesses.PhoneNumber.Parse)
        .ToArbitrary();

    /// <summary>
    /// Text for a phone number written the ways people write it (<c>0812-3456-7890</c>,
    /// <c>+62 812 3456 7890</c>, <c>62812...</c>, <c>(021) 555-1234</c>), with the number it means.
    /// </summary>
    /// <returns>The generator of (text, number) pairs.</returns>
    public static Gen<(string Text, Phone Number)> WrittenPhoneNumberGen() =>
        from number in PhoneNumber().Generator
        from style in Gen.Choose(0, 4)
        let nsn = number.NationalSignificantNumber
        let text = style switch
        {
            0 => number.ToString("N", null),
            1 => "+62 " + Spaced(nsn),
            2 => "62" + nsn,
            3 => " " + number.ToString("D", null) + " ",
            _ => "+62 (0)" + nsn,
        }
        select (text, number);

    private static string Spaced(string digits) =>
        string.Join(" ", Enumerable.Range(0, (digits.Length + 3) / 4).Select(i => digits.Substring(i * 4, Math.Min(4, digits.Length - (i * 4)))));

    /// <summary>Any valid <see cref="CertificationRecord"/>: expiry, when present, after issue; a label on every Batikmark and only there.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CertificationRecord> Certification() => (
        from kind in Gen.Elements((CertificationKind[])Enum.GetValues(typeof(CertificationKind)))
        from number in DigitText(6, 12)
        from issuer in Gen.Elements("BPJPH", "BBSPJIKB Yogyakarta", "DJKI", "LSPro B4T", "PT Sucofindo")
        from issuedDay in Gen.Choose(0, 6000)
        from validDays in Gen.Choose(1, 2000)
        from expires in Gen.Elements(true, false)
        from label in Gen.Elements(BatikmarkLabel.Gold, BatikmarkLabel.White, BatikmarkLabel.Silver)
        let issued = new DateOnly(2010, 1, 1).AddDays(issuedDay)
        select new CertificationRecord
        {
            Kind = kind,
            Number = number,
            Issuer = issuer,
            IssuedOn = issued,
            ExpiresOn = expires ? issued.AddDays(validDays) : null,
            BatikmarkLabel = kind == CertificationKind.Batikmark ? label : null,
        }).ToArbitrary();

    private static Gen<RegionCode> ExistingRegionAt(Level level) =>
        Gen.Choose(0, RegionDirectory.Default.Count(level) - 1).Select(i => RegionDirectory.Default.All(level)[i].Code);

    /// <summary>
    /// Consistent <see cref="BusinessRecord"/> profiles that pass <c>IkmBusinessValidator</c> without errors
    /// (warnings such as an expired certificate may occur): an existing district or village, at least one
    /// distinct KBLI code, a declared scale that matches the capital (PP 7/2021 Art. 35), workers that add
    /// up, an NPWP whose taxpayer type fits the legal form, a founding year from 1950 to 2020.
    /// Loads the region directory on first use.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BusinessRecord> IkmBusiness() => (
        from nib in Nib().Generator
        from name in Gen.Elements("Ukir Jaya", "Batik Sekar", "Anyaman Lestari", "Gerabah Kasongan", "Perak Celuk")
        from form in Gen.Elements(LegalForm.CV, LegalForm.PT, LegalForm.Koperasi, LegalForm.Perseorangan, LegalForm.PTPerorangan)
        from companyNpwp in NpwpWithValidCheckDigitGen().Select(n => IkmDomain.Businesses.Npwp.Parse("01" + n.ToString("D", null)[2..]))
        from personalNpwp in NikGen().Select(n => IkmDomain.Businesses.Npwp.Parse(n.ToString()))
        from hasNpwp in Gen.Elements(true, false)
        from codes in Gen.SubListOf(new[] { 16291, 16293, 13134, 32112, 32903, 23932 }).Where(l => l.Count > 0)
        from level in Gen.Elements(Level.District, Level.Village)
        from region in ExistingRegionAt(level)
        from phone in PhoneNumber().Generator
        from year in Gen.Choose(1950, 2020)
        from male in Gen.Choose(0, 60)
        from female in Gen.Choose(0, 60)
        from capitalMillions in Gen.Choose(0, 20_000)
        from salesMillions in Gen.Choose(0, 60_000)
        from material in CraftMaterialGen
        from certifications in Gen.ListOf(Certification().Generator, 2)
        let capital = new Money(capitalMillions * 1_000_000m, IkmDomain.Currency.IDR)
        select new BusinessRecord
        {
            Nib = nib,
            Name = name,
            LegalForm = form,
            Npwp = hasNpwp ? (form == LegalForm.Perseorangan ? personalNpwp : companyNpwp) : null,
            KbliCodes = codes.Select(c => new KbliCode(c)).ToArray(),
            Region = region,
            StreetAddress = "Jl. Raya No. " + (male + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Phone = phone,
            Email = "info@" + name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + ".co.id",
            FoundedYear = year,
            Workers = male + female,
            MaleWorkers = male,
            FemaleWorkers = female,
            Capital = capital,
            AnnualSales = new Money(salesMillions * 1_000_000m, IkmDomain.Currency.IDR),
            DeclaredScale = BusinessScale.FromCapital(capital),
            Materials = [material],
            Certifications = certifications.Where(c => c.IssuedOn <= new DateOnly(2026, 1, 1)).ToArray(),
        }).ToArbitrary();

    /// <summary>
    /// <see cref="SentraRecord"/> values that pass <c>SentraValidator</c>: an existing village, 1-30 distinct
    /// member NIBs. Loads the region directory on first use.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SentraRecord> Sentra() => (
        from village in ExistingRegionAt(Level.Village)
        from id in DigitText(6)
        from commodity in Gen.Elements(("Ukiran kayu", 16293), ("Batik tulis", 13134), ("Anyaman rotan", 16291), ("Gerabah", 23932))
        from count in Gen.Choose(1, 30)
        from members in Gen.ListOf(Nib().Generator, count)
        select new SentraRecord
        {
            Id = "SENTRA-" + id,
            Name = "Sentra " + commodity.Item1,
            Village = village,
            MainCommodity = commodity.Item1,
            MainKbli = new KbliCode(commodity.Item2),
            Members = members.Distinct().ToArray(),
        }).ToArbitrary();

    /// <summary>Text that must be rejected as a NIB: wrong length, or a non-digit among the digits.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> InvalidNibText() => Gen.OneOf(
        DigitText(0, 12),
        DigitText(14, 20),
        from d in DigitText(13)
        from i in Gen.Choose(0, 12)
        from c in Gen.Elements('a', '-', '.', 'O', '١', '/')
        select d.Remove(i, 1).Insert(i, c.ToString()));

    /// <summary>Text that must be rejected as a NIK: wrong length, a day of 00, 32-40 or 72+, or a month of 00 or 13+.</summary>
    /// <returns>The generator.</returns>
    public static Gen<string> InvalidNikText() => Gen.OneOf(
        DigitText(0, 15),
        DigitText(17, 20),
        from day in Gen.Elements(0, 32, 35, 40, 72, 99)
        select FormattableString.Invariant($"357301{day:00}01900001"),
        from month in Gen.Elements(0, 13, 20, 99)
        select FormattableString.Invariant($"35730115{month:00}900001"));
}
