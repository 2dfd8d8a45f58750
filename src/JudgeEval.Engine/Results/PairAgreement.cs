namespace JudgeEval.Engine.Results;

/// <summary>Cohen's kappa between two judges over items both judged (the task's weighting).</summary>
public sealed record PairAgreement(string A, string B, int N, double Kappa);
