using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using JudgeEval.Benchmarks;

// The generated benchmark project is built without the shared compiler; on a busy 2-core machine that takes longer
// than BenchmarkDotNet's default 2 minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(CategoricalBootstrapBenchmarks).Assembly).Run(args, config);
