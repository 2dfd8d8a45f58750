using System.Reflection;
using System.Runtime.Serialization;

namespace JudgeEval.Engine.Results;

/// <summary>
/// The documented name of an enum value, as results.json, the report and messages write it: its [EnumMember] value
/// where one is given, else the member name with a lower-case first letter ("Pass" is "pass").
/// </summary>
public static class EnumNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => Cache<T>.Names[value];

    /// <summary>The value with exactly that documented name, if any.</summary>
    public static bool TryParse<T>(string name, out T value)
        where T : struct, Enum => Cache<T>.Values.TryGetValue(name, out value);

    static class Cache<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(v => v, Name);

        public static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        static string Name(T value)
        {
            var text = value.ToString();
            return typeof(T).GetField(text, BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<EnumMemberAttribute>()?.Value
                ?? char.ToLowerInvariant(text[0]) + text[1..];
        }
    }
}
