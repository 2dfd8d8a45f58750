using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace JudgeEval.Tasks;

/// <summary>Writes the hash of the result-changing properties, touching the file only when the hash changes.</summary>
public sealed class JudgeEvalStampTask : Task
{
    [Required]
    public string File { get; set; } = "";

    /// <summary>name=value strings; order matters and is fixed by the targets file.</summary>
    public string[] Values { get; set; } = [];

    public override bool Execute()
    {
        var hash = PropertyHash.Compute(Values);
        if (System.IO.File.Exists(File) && System.IO.File.ReadAllText(File).Trim() == hash)
        {
            return true;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(File))!);
        System.IO.File.WriteAllText(File, hash + "\n", new UTF8Encoding(false));
        return true;
    }
}
