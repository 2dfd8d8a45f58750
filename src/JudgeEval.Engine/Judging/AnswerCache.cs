using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Content-addressed answers on disk: {root}/{key[0..2]}/{key[2..4]}/{key}.json. Writes go to a unique temp file in the
/// same folder and are renamed over the target, so a reader sees a whole file or none, and several processes writing the
/// same key (the same answer) cannot corrupt it.
/// </summary>
public sealed class AnswerCache(string root)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Root { get; } = root;

    public string PathOf(string key) => Path.Combine(Root, key[..2], key[2..4], key + ".json");

    public CachedAnswer? TryGet(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var answer = JsonSerializer.Deserialize<CachedAnswer>(File.ReadAllText(path), Json);
            return answer?.Key == key ? answer : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // A foreign or damaged file is a miss; the next successful call overwrites it.
            return null;
        }
    }

    /// <summary>False when the folder is not writable; the caller reports it once.</summary>
    public bool TryPut(CachedAnswer answer)
    {
        var path = PathOf(answer.Key);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(temp, JsonSerializer.Serialize(answer, Json));
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            // On Windows a concurrent writer or reader of the same key can block the rename; its file is the same answer.
            return File.Exists(path);
        }
    }

    static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leftover temp files are harmless: they never match a key's file name.
        }
    }
}
