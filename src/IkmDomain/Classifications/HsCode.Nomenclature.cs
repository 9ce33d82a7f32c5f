using System.Collections.Generic;

namespace IkmDomain.Classifications;

public readonly partial struct HsCode
{
    /// <summary>The edition of the nomenclature <see cref="Exists"/> and <see cref="Description"/> follow: <c>HS 2022</c>.</summary>
    public static string NomenclatureEdition => "HS 2022";

    /// <summary>
    /// Every chapter (96), heading (1,228) and subheading (5,612) of the HS 2022 nomenclature, in code order
    /// (01, 0101, 0101.21, …). Source: UN Comtrade's HS 2022 list as published in GitHub
    /// <c>datasets/harmonized-system</c> (ODC-PDDL 1.0), embedded and loaded on first use; Comtrade's own
    /// 99 / 9999 / 99.99.99 "commodities not specified according to kind" is not HS and is left out.
    /// </summary>
    public static IReadOnlyList<HsCode> Nomenclature => HsNomenclature.Instance.Codes;

    /// <summary>
    /// Whether the code exists in the HS 2022 nomenclature: a chapter, heading or subheading that HS 2022
    /// lists, or an 8- or 10-digit national code (BTKI) whose 6-digit stem it lists. National digits are not
    /// checked: each country sets its own.
    /// </summary>
    /// <remarks>
    /// Codes of earlier editions that HS 2022 split or deleted do not exist: <c>4420.10</c> (wooden statuettes)
    /// became 4420.11 (tropical wood) and 4420.19 (other wood); <c>4602.10</c> became 4602.11, 4602.12 and
    /// 4602.19. <see cref="Parse(string)"/> checks the shape only, so such codes from older records still
    /// parse. <c>default(HsCode)</c> does not exist.
    /// </remarks>
    public bool Exists => _digits != 0 && HsNomenclature.Instance.IndexOf(_digits > 6 ? Truncate(6) : this) >= 0;

    /// <summary>
    /// The HS 2022 description of the code, as UN Comtrade words it (for example
    /// "Wood; statuettes and other ornaments, of tropical wood" for 4420.11); for an 8- or 10-digit code, the
    /// description of its 6-digit stem; <see langword="null"/> when the code does not <see cref="Exists"/>.
    /// </summary>
    public string? Description
    {
        get
        {
            if (_digits == 0)
            {
                return null;
            }

            var table = HsNomenclature.Instance;
            var index = table.IndexOf(_digits > 6 ? Truncate(6) : this);
            return index < 0 ? null : table.Description(index);
        }
    }
}
