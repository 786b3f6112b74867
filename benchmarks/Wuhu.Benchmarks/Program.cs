using BenchmarkDotNet.Running;
using Wuhu.Benchmarks;

// dotnet run -c Release --project benchmarks/Wuhu.Benchmarks -- --filter '*'   (BenchmarkDotNet, see docs/benchmarks.md)
// dotnet run -c Release --project benchmarks/Wuhu.Benchmarks -- cpu [runs] [parse]   (CPU-time medians, for a loaded machine)
if (args.Length > 0 && args[0] == "cpu")
{
    CpuTimeRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, parseOnly: args.Contains("parse"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
