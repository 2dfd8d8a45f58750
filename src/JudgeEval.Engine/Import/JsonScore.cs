using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>A grade found in a JSON file with where it was, and how it becomes a (possibly missing) pointwise judgment.</summary>
readonly record struct JsonScore(Cell Value, long Start, long End)
{
    public Judgment ToJudgment(string itemId, SourceLocation at, ImportContext context)
    {
        if (Value.IsBlank)
        {
            return new Judgment { ItemId = itemId, MissingReason = Values.BlankReason(Value), Source = at };
        }

        if (Values.TryNumber(Value, out var score))
        {
            return new Judgment { ItemId = itemId, Score = score, Source = at };
        }

        context.Report(ImportDiagnostics.UnparseableScore, $"The score of '{itemId}' is '{Value.Display}', not a number; it counts as missing.", at);
        return new Judgment { ItemId = itemId, MissingReason = "unparseable score", Source = at };
    }
}
