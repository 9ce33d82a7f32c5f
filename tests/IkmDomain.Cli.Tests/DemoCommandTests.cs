namespace IkmDomain.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public void Demo_runs_and_exits_zero()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("demo");

        Assert.True(exit == 0, stderr);
        Assert.Contains("IkmDomain", stdout);
        Assert.Contains("GoogleMerchant", stdout);
    }

    [Fact]
    public void Unknown_command_fails_with_a_non_zero_exit_code()
    {
        var (exit, _, _) = ToolRunner.Run("no-such-command");

        Assert.NotEqual(0, exit);
    }
}
