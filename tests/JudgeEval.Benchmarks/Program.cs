using BenchmarkDotNet.Running;
using JudgeEval.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(CategoricalBootstrapBenchmarks).Assembly).Run(args);
