using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using JudgeEval.Benchmarks;

if (args is ["live-throughput", .. var liveArgs])
{
    return LiveThroughput.Run(liveArgs);
}

if (args is ["serve", .. var serveArgs])
{
    return ServeCommand.Run(serveArgs);
}

if (args is ["compare-setup", .. var compareArgs])
{
    return CompareSetup.Run(compareArgs);
}

if (args is ["live-stages", .. var stageArgs])
{
    return LiveStages.Run(stageArgs);
}

if (args is ["write-audit", .. var writeAuditArgs])
{
    return AuditFiles.Write(writeAuditArgs);
}

if (args is ["audit-stages", .. var auditStageArgs])
{
    return AuditFiles.Stages(auditStageArgs);
}

// The generated benchmark project is built without the shared compiler; on a busy 2-core machine that takes longer
// than BenchmarkDotNet's default 2 minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
// ShortRun unless the command line names a job (e.g. --job dry for the slowest parameters).
if (!args.Contains("--job", StringComparer.Ordinal))
{
    config = config.AddJob(Job.ShortRun);
}

BenchmarkSwitcher.FromAssembly(typeof(CategoricalBootstrapBenchmarks).Assembly).Run(args, config);
return 0;
