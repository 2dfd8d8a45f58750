using System.Diagnostics;
using System.Text;

namespace JudgeEval.Engine.Tests.Hostile;

/// <summary>
/// Hostile inputs too large or too special to check in, generated per test: deep nesting, pipes and devices, sparse
/// 2 GB files, over-long rows. Each runs the built judgeeval and asserts exit code, code, location and no stack trace.
/// </summary>
public sealed class GeneratedInputTests
{
    [Fact]
    public void Forty_thousand_nested_brackets_are_a_located_error_not_a_stack_overflow()
    {
        using var dir = new HostileFolder();
        dir.Write("judgeeval.yaml", "version: 1\nx: " + new string('[', 40_000) + new string(']', 40_000) + "\n");

        // The root mapping is level 1, so the 64th bracket (column 3 + 64) is the 65th level.
        dir.RunManifest().Refused("JE0032", dir.Full("judgeeval.yaml"), 2, 67);
    }

    [Fact]
    public void Deep_block_nesting_is_refused_at_the_first_level_too_many()
    {
        using var dir = new HostileFolder();
        var yaml = new StringBuilder("version: 1\n");
        for (var depth = 0; depth < 200; depth++)
        {
            yaml.Append(' ', depth).Append("a:\n");
        }

        dir.Write("judgeeval.yaml", yaml.Append(' ', 200).Append("b\n").ToString());

        dir.RunManifest().Refused("JE0032", dir.Full("judgeeval.yaml"), 66, 65);
    }

    [Fact]
    public void A_manifest_over_1_MiB_is_refused_before_it_is_read()
    {
        using var dir = HostileFolder.WithManifest();
        File.AppendAllText(dir.Full("judgeeval.yaml"), string.Concat(Enumerable.Repeat("# padding " + new string('x', 90) + "\n", 11_000)));

        dir.RunManifest().Refused("JE0031", dir.Full("judgeeval.yaml"), 1, 1);
    }

    [Fact]
    public void A_manifest_path_that_is_a_folder_is_refused()
    {
        using var dir = new HostileFolder();
        Directory.CreateDirectory(dir.Full("judgeeval.yaml"));

        dir.RunManifest().Refused("JE0030", dir.Full("judgeeval.yaml"), 1, 1);
    }

    [UnixFact("mkfifo")]
    public void A_manifest_that_is_a_fifo_is_refused_instead_of_blocking()
    {
        using var dir = new HostileFolder();
        MakeFifo(dir.Full("judgeeval.yaml"));

        dir.RunManifest().Refused("JE0030", dir.Full("judgeeval.yaml"), 1, 1);
    }

    [UnixTheory("/dev/zero and /dev/urandom")]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_manifest_linked_to_a_device_is_refused_instead_of_read_forever(string device)
    {
        using var dir = new HostileFolder();
        File.CreateSymbolicLink(dir.Full("judgeeval.yaml"), device);

        var run = dir.RunManifest().Refused("JE0030", dir.Full("judgeeval.yaml"), 1, 1);

        Assert.Contains(device, run.Output, StringComparison.Ordinal);
    }

    [UnixFact("mkfifo")]
    public void A_data_file_that_is_a_fifo_is_refused_at_its_path_in_the_manifest()
    {
        using var dir = HostileFolder.WithManifest();
        File.Delete(dir.Full("items.jsonl"));
        MakeFifo(dir.Full("items.jsonl"));

        dir.RunManifest().Refused("JE0140", dir.Full("judgeeval.yaml"), 4, 16);
    }

    [UnixTheory("/dev/zero and /dev/urandom")]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_data_file_linked_to_a_device_is_refused(string device)
    {
        using var dir = HostileFolder.WithManifest();
        File.Delete(dir.Full("judge.jsonl"));
        File.CreateSymbolicLink(dir.Full("judge.jsonl"), device);

        dir.RunManifest().Refused("JE0140", dir.Full("judgeeval.yaml"), 8, 24);
    }

    [UnixFact("mkfifo")]
    public void A_prompt_template_that_is_a_fifo_is_refused()
    {
        using var dir = LiveJudge("prompt.txt");
        MakeFifo(dir.Full("prompt.txt"));

        dir.RunManifest().Refused("JE0140", dir.Full("judgeeval.yaml"), 11, 13);
    }

    [UnixFact("mkfifo")]
    public void A_baseline_that_is_a_fifo_is_skipped_with_a_warning_instead_of_blocking()
    {
        using var dir = HostileFolder.WithManifest();
        MakeFifo(dir.Full("baseline.json"));

        var run = dir.Run("run", "judgeeval.yaml", "--out", "out", "--baseline", "baseline.json").NoStackTrace();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning JE0093: The baseline 'baseline.json' is a named pipe (FIFO)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prompt_template_over_1_MiB_is_refused()
    {
        using var dir = LiveJudge("prompt.txt");
        dir.Write("prompt.txt", "Grade {{text}} for {{query}}.\n" + new string('x', 2 << 20));

        dir.RunManifest().Refused("JE9031", dir.Full("judgeeval.yaml"), 9, 5);
    }

    [Fact]
    public void A_2_GB_jsonl_file_of_one_line_is_streamed_and_its_row_refused()
    {
        using var dir = HostileFolder.WithManifest();
        dir.Sparse("items.jsonl", 2L << 30);

        dir.RunManifest().Refused("JE0141", dir.Full("items.jsonl"), 1, 1);
    }

    [Fact]
    public void A_2_GB_csv_file_of_one_record_is_streamed_and_its_record_refused()
    {
        using var dir = HostileFolder.WithManifest("{ path: items.csv, format: csv }");
        dir.Sparse("items.csv", 2L << 30, "id,text\na,\"an unclosed quote");

        dir.RunManifest().Refused("JE0141", dir.Full("items.csv"), 2, 1);
    }

    [Fact]
    public void A_2_GB_whole_file_json_format_is_refused_by_its_size()
    {
        using var dir = HostileFolder.WithManifest("{ path: judges.json, format: rag-eval-external }");
        dir.Sparse("judges.json", 2L << 30, "{");

        dir.RunManifest().Refused("JE0142", dir.Full("judgeeval.yaml"), 4, 8);
    }

    [Fact]
    public void A_17_MiB_row_is_skipped_and_the_rows_after_it_are_read()
    {
        using var dir = HostileFolder.WithManifest();
        dir.Write("items.jsonl", "{\"id\": \"a\", \"text\": \"first\"}\n{\"id\": \"b\", \"text\": \"" + new string('x', 17 << 20) + "\"}\n{\"text\": \"no id\"}\n");

        dir.RunManifest()
            .Refused("JE0141", dir.Full("items.jsonl"), 2, 1)
            .Refused("JE0055", dir.Full("items.jsonl"), 3, 1);
    }

    /// <summary>A live judge with a template file, offline without a key: the template is read before any call.</summary>
    static HostileFolder LiveJudge(string prompt)
    {
        var dir = new HostileFolder();
        dir.Write("judgeeval.yaml", $"""
            version: 1
            product: {"{"} model: gpt-4o {"}"}
            task: {"{"} kind: pointwise, scale: {"{"} min: 0, max: 3 {"}"}, passThreshold: 2 {"}"}
            items: {"{"} path: items.jsonl, format: jsonl {"}"}
            endpoints:
              - id: local
                baseUrl: http://127.0.0.1:9/v1
            judges:
              - id: claude
                model: claude-3-5-haiku
                prompt: {prompt}
                endpoint: local

            """);
        dir.Write("items.jsonl", "{\"id\": \"a\", \"query\": \"q\", \"text\": \"first\"}\n");
        return dir;
    }

    static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
