using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JudgeEval.TestSupport.Server;

/// <summary>
/// The two pointwise judges the fake server plays in the live-judging evals (the engine's pipeline tests and the live
/// build end-to-end test). Item i's text is "passage i grade=N" with its true grade N; openai/gpt-4o reads the marker,
/// anthropic/claude-3-5-sonnet reads it but grades one higher (capped at 3) on every fourth item, so the judges differ.
/// An item without the marker gets no verdict from either.
/// </summary>
public static partial class TwoJudges
{
    /// <summary>The true grade, written into each item's text as "grade=N" for the fake judges to read.</summary>
    public static int Grade(int i) => (i * 7 % 11) % 4;

    /// <summary>Humans agree with the grade except on every sixth item, so kappas are high but not 1.</summary>
    public static int HumanLabel(int i) => i % 6 == 0 ? (Grade(i) + 1) % 4 : Grade(i);

    /// <summary>The script for <see cref="FakeOpenAiServer.Start(Func{ChatRequest, ScriptedReply})"/>.</summary>
    public static ScriptedReply Answer(ChatRequest request)
    {
        var reply = Graders.Pointwise(request);
        if (request.Model != "anthropic/claude-3-5-sonnet" || ItemNumber().Match(request.UserText) is not { Success: true } m)
        {
            return reply;
        }

        var i = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return i % 4 != 0
            ? reply
            : ScriptedReply.Completion(new JsonObject { ["reasoning"] = "generous", ["score"] = Math.Min(3, Grade(i) + 1) }.ToJsonString());
    }

    [GeneratedRegex(@"passage (\d+) grade=")]
    private static partial Regex ItemNumber();
}
