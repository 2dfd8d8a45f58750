using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Results;

/// <summary>Agreement among all judges at once.</summary>
public sealed record MultiRaterAgreement(int Items, int Raters, double FleissKappa, double KrippendorffAlpha, AlphaLevel AlphaLevel, double GwetAc);
