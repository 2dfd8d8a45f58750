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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Threads_adding_the_same_ids_at_once_get_the_same_strings(bool readWithCursors)
    {
        var table = new IdTable();
        const int Ids = 50_000;
        var seen = new string[4][];
        Parallel.For(0, 4, t =>
        {
            seen[t] = new string[Ids];
            var cursor = 0;
            for (var i = 0; i < Ids; i++)
            {
                // Each thread walks the ids in its own order, so that new ids and growth interleave.
                var n = t % 2 == 0 ? i : Ids - 1 - i;
                var id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"item-{n}");
                seen[t][n] = readWithCursors ? InternJson(table, id, ref cursor) : table.Intern(id);
            }
        });

        Assert.Equal(Ids, table.Count);
        for (var i = 0; i < Ids; i++)
        {
            Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"item-{i}"), seen[0][i]);
            Assert.All(seen, s => Assert.Same(seen[0][i], s[i]));
        }
    }

    [Fact]
    public void A_cursor_follows_entries_in_the_order_ids_were_added_and_falls_back_for_any_other()
    {
        var table = new IdTable();
        string[] ids = ["q1/d1", "q1/d2", "caf\u00e9", "q2/d1", "q2/d2"];
        var added = ids.Select(table.Intern).ToArray();

        // In order, with a gap, out of order, escaped, not ASCII, and an id the table has not seen.
        string[] read = ["\"q1/d1\"", "\"q1/d2\"", "\"q2/d2\"", "\"q1/d1\"", "\"q1\\/d2\"", "\"caf\u00e9\"", "\"q2/d1\"", "\"new\""];
        string[] expected = ["q1/d1", "q1/d2", "q2/d2", "q1/d1", "q1/d2", "caf\u00e9", "q2/d1", "new"];
        var cursor = 0;
        for (var r = 0; r < read.Length; r++)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(read[r]));
            reader.Read();
            var got = table[table.Entry(ref reader, ref cursor)];

            Assert.Equal(expected[r], got);
            Assert.Same(table.Intern(expected[r]), got);
            Assert.Equal(Array.IndexOf(added, got) is var at and >= 0 ? at + 1 : table.Count, cursor);
        }
    }

    static string InternJson(IdTable table, string id, ref int cursor)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(id)));
        reader.Read();
        return table[table.Entry(ref reader, ref cursor)];
    }
}
