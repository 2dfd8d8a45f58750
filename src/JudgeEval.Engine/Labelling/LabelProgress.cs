namespace JudgeEval.Engine.Labelling;

/// <summary>
/// Progress as the page shows it: this session (rows this server wrote, of the items open when it started), the
/// selection in all (labelled by anyone), and the human labels the calibration has against minCalibrationItems.
/// </summary>
public sealed record LabelProgress(
    int SessionDone,
    int SessionTotal,
    int Done,
    int Total,
    int CalibrationLabels,
    int CalibrationMin,
    bool CalibrationReadsLabels);
