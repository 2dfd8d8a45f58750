using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JudgeEval.TestSupport.Server;

/// <summary>Deterministic judges for the fake server: verdicts read from the prompt, so tests know the right answer.</summary>
public static partial class Graders
{
    /// <summary>Pointwise: the grade is the N in "grade=N" inside the item text.</summary>
    public static ScriptedReply Pointwise(ChatRequest request) =>
        GradeMarker().Match(request.UserText) is { Success: true } m
            ? ScriptedReply.Completion(new JsonObject { ["reasoning"] = "marker", ["score"] = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) }.ToJsonString())
            : ScriptedReply.Completion("I cannot tell.");

    /// <summary>Pairwise: the response containing GOOD wins, wherever it is shown (a judge without position bias).</summary>
    public static ScriptedReply Fair(ChatRequest request)
    {
        var text = request.UserText;
        var good = text.IndexOf("GOOD", StringComparison.Ordinal);
        var b = text.IndexOf("Response B:", StringComparison.Ordinal);
        var verdict = good < 0 ? "tie" : good < b ? "A" : "B";
        return ScriptedReply.Completion($$"""{"reasoning":"fair","verdict":"{{verdict}}"}""");
    }

    /// <summary>Pairwise: always the response shown first.</summary>
    public static ScriptedReply FirstShown(ChatRequest request) => ScriptedReply.Completion("""{"reasoning":"biased","verdict":"A"}""");

    [GeneratedRegex(@"grade=(\d+)")]
    private static partial Regex GradeMarker();
}
