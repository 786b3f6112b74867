using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Wuhu.Benchmarks -- --filter '*'   (see docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
