using System.Globalization;

namespace IkmDomain.Tests;

public class InvariantModeTests
{
    [Fact]
    public void This_process_really_runs_without_culture_data()
    {
        // With InvariantGlobalization and PredefinedCulturesOnly, asking for a real culture throws.
        Assert.Throws<CultureNotFoundException>(() => new CultureInfo("id-ID"));
    }
}
