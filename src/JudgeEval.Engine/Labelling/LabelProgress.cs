namespace JudgeEval.Engine.Labelling;

/// <summary>
/// Progress as the page shows it: this session (rows this server wrote, of the items open when it started), the
/// selection in all (labelled by this annotator), and the items with a human label from anyone (what the calibration
/// counts once the build combines several annotators' labels into one per item) against minCalibrationItems, and
/// the items with labels from two or more annotators (the human ceiling needs minCalibrationItems of them too).
/// </summary>
public sealed record LabelProgress(
    int SessionDone,
    int SessionTotal,
    int Done,
    int Total,
    int CalibrationLabels,
    int CalibrationMin,
    bool CalibrationReadsLabels,
    int CalibrationSeveral);
