using System.Text.Json;
using JudgeEval.Engine.IO;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Content-addressed answers on disk: {root}/{key[0..2]}/{key[2..4]}/{key}.json. Writes are atomic (<see cref="AtomicFile"/>),
/// so a reader sees a whole file or none, and several processes writing the same key (the same answer) cannot corrupt it.
/// </summary>
public sealed class AnswerCache(string root)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Root { get; } = root;

    public string PathOf(string key) => Path.Combine(Root, key[..2], key[2..4], key + ".json");

    public CachedAnswer? TryGet(string key)
    {
        var path = PathOf(key);
        // An answer is stored only after passing AnswerSizeLimit; anything else at this path is not one of ours.
        if (!File.Exists(path) || InputFile.NotRegular(path) is not null || InputFile.Length(path) > 4 * AnswerSizeLimit.MaxAnswerBytes)
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
        try
        {
            AtomicFile.WriteAllText(path, JsonSerializer.Serialize(answer, Json));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // On Windows a concurrent writer or reader of the same key can block the rename; its file is the same answer.
            return File.Exists(path);
        }
    }
}
