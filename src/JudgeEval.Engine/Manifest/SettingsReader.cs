using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads the small optional sections: product, bootstrap, review and cache.</summary>
internal static class SettingsReader
{
    public static ProductSpec? Product(Section top)
    {
        var s = top.Sub("product", ["model", "purpose"]);
        if (s is null)
        {
            return null;
        }

        var model = s.Text("model", required: true);
        var purpose = s.Choice<EvalPurpose>("purpose") ?? EvalPurpose.Quality;
        return model is null ? null : new ProductSpec(model, s.ValueAt("model"), purpose, s.At);
    }

    public static BootstrapSpec Bootstrap(Section top, SourceLocation fallback)
    {
        var s = top.Sub("bootstrap", ["resamples", "seed", "unit"]);
        if (s is null)
        {
            return new BootstrapSpec(2000, 1, BootstrapUnit.Item, top.Has("bootstrap") ? top.KeyAt("bootstrap") : fallback);
        }

        var resamples = s.Int("resamples", 1, 1_000_000) ?? 2000;
        if (s.Has("resamples") && resamples < 200)
        {
            s.Context.Report(ManifestDiagnostics.Suspicious, $"bootstrap.resamples is {resamples}: confidence intervals from fewer than 200 resamples are unstable (2000 is the default).", s.ValueAt("resamples"));
        }

        return new BootstrapSpec(resamples, s.Int("seed") ?? 1, s.Choice<BootstrapUnit>("unit") ?? BootstrapUnit.Item, s.At);
    }

    public static ReviewSpec Review(Section top, SourceLocation fallback)
    {
        var s = top.Sub("review", ["top"]);
        return new ReviewSpec(s?.Int("top", 0, 100_000) ?? 20, s?.At ?? fallback);
    }

    public static CacheSpec Cache(Section top, SourceLocation fallback)
    {
        var s = top.Sub("cache", ["path", "offline"]);
        if (s is null)
        {
            return new CacheSpec(null, null, fallback);
        }

        var path = s.Value("path") is { } node && Scalars.Scalar(s.Context, node, s.Where("path"), "a folder path") is { } scalar
            ? s.Context.Absolute(scalar, s.Where("path"))
            : null;
        return new CacheSpec(path, s.Bool("offline"), s.At) { PathAt = path is null ? null : s.ValueAt("path") };
    }
}
