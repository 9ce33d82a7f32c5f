using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --filter '*'
// Run some:  dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --filter '*Money*'
if (args is ["--feeds-best-of", "peers"])
{
    IkmDomain.Benchmarks.FeedBestOf.RunPeers();
    return;
}

if (args is ["--feeds-best-of", "meta"])
{
    IkmDomain.Benchmarks.FeedBestOf.RunMeta();
    return;
}

if (args is ["--feeds-best-of"])
{
    IkmDomain.Benchmarks.FeedBestOf.Run();
    return;
}

if (args is ["--feeds-paired", var which])
{
    IkmDomain.Benchmarks.FeedPaired.Run(which);
    return;
}

if (args is ["--feeds-sample"])
{
    IkmDomain.Benchmarks.FeedSamples.Run();
    return;
}

if (args is ["--money-best-of"])
{
    IkmDomain.Benchmarks.MoneyBestOf.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
