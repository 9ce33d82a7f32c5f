namespace IkmDomain.EntityFrameworkCore;

/// <summary>Options of <see cref="IkmModelConfigurationBuilderExtensions.AddIkmConventions"/>.</summary>
public sealed class IkmConventionOptions
{
    /// <summary>Total digits of a money amount column. Default 19 (up to 10^15 with 4 decimals).</summary>
    public int MoneyPrecision { get; set; } = 19;

    /// <summary>Decimals of a money amount column. Default 4 (ISO 4217's largest minor unit); an amount with
    /// more decimals is refused on write rather than rounded by the database.</summary>
    public int MoneyScale { get; set; } = 4;
}
