using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

/// <summary>TryParse on text made of the characters identifiers are written with: digits and separators.</summary>
public class IdentifierParsingPropertyTests
{
    private static Arbitrary<string> IdentifierLikeText() =>
        Gen.Choose(0, 24)
            .SelectMany(n => Gen.ArrayOf(Gen.Frequency((8, Gen.Elements("0123456789".ToCharArray())), (2, Gen.Elements("./- +()".ToCharArray()))), n))
            .Select(a => new string(a))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Nib_TryParse_never_throws() => Prop.ForAll(IdentifierLikeText(), t => Nib.TryParse(t, out _) || true);

    [Property(MaxTest = 300)]
    public Property Npwp_TryParse_never_throws() => Prop.ForAll(IdentifierLikeText(), t => Npwp.TryParse(t, out _) || true);

    [Property(MaxTest = 300)]
    public Property Nik_TryParse_never_throws() => Prop.ForAll(IdentifierLikeText(), t => Nik.TryParse(t, out _) || true);

    [Property(MaxTest = 300)]
    public Property Kbli_TryParse_never_throws() => Prop.ForAll(IdentifierLikeText(), t => Kbli.TryParse(t, out _) || true);

    [Property(MaxTest = 300)]
    public Property PhoneNumber_TryParse_never_throws() => Prop.ForAll(IdentifierLikeText(), t => PhoneNumber.TryParse(t, out _) || true);

    [Property(MaxTest = 300)]
    public Property Parse_accepts_exactly_what_TryParse_accepts() =>
        Prop.ForAll(IdentifierLikeText(), t =>
        {
            var ok = PhoneNumber.TryParse(t, out var n);
            try
            {
                return PhoneNumber.Parse(t) == n && ok;
            }
            catch (System.FormatException)
            {
                return !ok;
            }
        });
}
