using System.Text.Json;
using JudgeEval.Engine.IO;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// The batches in flight, kept with the cache under {root}/batches, one file per batch ({id}.json, written atomically):
/// saved as soon as the provider accepts a batch, removed once its answers are on the disk. A run that stops (cancel,
/// the wait ran out, a crash) leaves the record, so the next run polls and collects that batch instead of paying for
/// its requests again. A file that cannot be read is ignored (its requests are submitted again).
/// </summary>
public sealed class BatchLedger(string cacheRoot)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Folder { get; } = Path.Combine(cacheRoot, "batches");

    public IReadOnlyList<BatchRecord> All()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var records = new List<BatchRecord>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                if (JsonSerializer.Deserialize<BatchRecord>(File.ReadAllText(path), Json) is { Id.Length: > 0, Keys: not null } record)
                {
                    records.Add(record);
                }
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
            {
                // Damaged or foreign: not a batch this cache can resume.
            }
        }

        return records;
    }

    /// <summary>The batches submitted to this endpoint (by normalized base URL).</summary>
    public IReadOnlyList<BatchRecord> For(string baseUrl)
    {
        var normalized = CacheKey.NormalizeBaseUrl(baseUrl);
        return [.. All().Where(r => r.BaseUrl == normalized)];
    }

    /// <summary>False when the folder is not writable: the batch runs, but a later run could not resume it.</summary>
    public bool TrySave(BatchRecord record)
    {
        try
        {
            AtomicFile.WriteAllText(PathOf(record.Id), JsonSerializer.Serialize(record with { BaseUrl = CacheKey.NormalizeBaseUrl(record.BaseUrl) }, Json));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    public void Remove(string id)
    {
        try
        {
            File.Delete(PathOf(id));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A record left behind is polled once more by a later run and then removed.
        }
    }

    /// <summary>Batch ids are the provider's; anything unsafe for a file name is replaced.</summary>
    string PathOf(string id) => Path.Combine(Folder, string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')) + ".json");
}
