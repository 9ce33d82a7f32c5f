using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks.CsvHelper33 -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
