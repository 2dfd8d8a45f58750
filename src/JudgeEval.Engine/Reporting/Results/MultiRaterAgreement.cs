namespace JudgeEval.Engine.Reporting.Results;

/// <summary>Agreement among all judges at once.</summary>
public sealed record MultiRaterAgreement(int Items, int Raters, double? FleissKappa, double? KrippendorffAlpha, string AlphaLevel, double? GwetAc);
