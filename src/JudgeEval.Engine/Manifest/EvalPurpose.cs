namespace JudgeEval.Engine.Manifest;

/// <summary>What the product's outputs are judged for; a same-family judge is a warning for quality and an error for safety.</summary>
public enum EvalPurpose
{
    Quality,

    Safety,
}
