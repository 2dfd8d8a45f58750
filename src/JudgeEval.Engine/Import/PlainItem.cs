using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The common row of an items file: a string id and any of a query, a query id, a text and a model as strings, plus
/// any columns the items role does not read (a label, say), which are skipped as the general path skips them.
/// </summary>
sealed class PlainItem : PlainPath
{
    readonly ImportContext context;
    readonly IReadOnlyList<bool> needed = Columns.Needed(DataRole.Items);
    readonly PropertyOrder order = new();

    public PlainItem(ImportContext context) => this.context = context;

    protected override bool TryStore(ReadOnlySpan<byte> line, IdCursor ids, LineSpan at)
    {
        string? query = null, queryId = null, text = null, model = null;
        var reader = new Utf8JsonReader(line);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var id = "";
        for (var position = 0; reader.Read() && reader.TokenType == JsonTokenType.PropertyName; position++)
        {
            var column = reader.ValueIsEscaped ? -1 : order.Find(ref reader, position);
            if (column < 0)
            {
                return false;
            }

            reader.Read();
            if (!needed[column])
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            // As the general path reads them: the repeated names through the source's table, an empty text as none.
            switch ((Column)column)
            {
                case Column.Id:
                    id = ids.Read(ref reader);
                    break;
                case Column.QueryId:
                    queryId = Values.Text(context.Names.Intern(ref reader));
                    break;
                case Column.Model:
                    model = Values.Text(context.Names.Intern(ref reader));
                    break;
                case Column.Query:
                    query = Values.Text(reader.GetString());
                    break;
                case Column.Text:
                    text = Values.Text(reader.GetString());
                    break;
                default:
                    return false;
            }
        }

        // A line holds exactly one object, and an item has an id: anything else is the general path's to report.
        if (id.Length == 0 || reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return false;
        }

        context.Items.Add(new EvalItem
        {
            Id = context.Ids[ids.RowEntry],
            Query = query,
            QueryId = queryId,
            Text = text,
            Model = model,
            Source = context.Line(at),
        });
        return true;
    }
}
