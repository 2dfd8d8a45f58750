using System.Text;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>The run's id table gives one string per distinct id, from any thread and any form the id is read in.</summary>
public sealed class IdTableTests
{
    [Fact]
    public void Equal_ids_are_one_string_and_different_ids_stay_apart()
    {
        var table = new IdTable();

        var a = table.Intern(new string("q1/d1"));
        var again = table.Intern("q1/d1".AsSpan());
        var b = table.Intern("q1/d2");

        Assert.Same(a, again);
        Assert.Equal("q1/d1", a);
        Assert.Equal("q1/d2", b);
        Assert.Equal(2, table.Count);
    }

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"esc\\u0061ped\\n\"", "escaped\n")]
    [InlineData("\"caf\u00e9 \u6587\"", "caf\u00e9 \u6587")]
    [InlineData("\"\"", "")]
    public void An_id_read_from_json_is_the_unescaped_string(string json, string expected)
    {
        var table = new IdTable();
        var first = table.Intern(expected);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Same(first, table.Intern(ref reader));
    }

    [Fact]
    public void A_long_id_read_from_json_is_read_whole()
    {
        var id = new string('x', 1000) + "\u00e9";
        var table = new IdTable();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(id)));
        reader.Read();

        Assert.Equal(id, table.Intern(ref reader));
        Assert.Same(table.Intern(ref reader), table.Intern(id));
    }

    [Fact]
    public void Threads_adding_the_same_ids_at_once_get_the_same_strings()
    {
        var table = new IdTable();
        const int Ids = 50_000;
        var seen = new string[4][];
        Parallel.For(0, 4, t =>
        {
            seen[t] = new string[Ids];
            for (var i = 0; i < Ids; i++)
            {
                // Each thread walks the ids in its own order, so that new ids and growth interleave.
                var n = t % 2 == 0 ? i : Ids - 1 - i;
                seen[t][n] = table.Intern(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"item-{n}"));
            }
        });

        Assert.Equal(Ids, table.Count);
        for (var i = 0; i < Ids; i++)
        {
            Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"item-{i}"), seen[0][i]);
            Assert.All(seen, s => Assert.Same(seen[0][i], s[i]));
        }
    }
}
