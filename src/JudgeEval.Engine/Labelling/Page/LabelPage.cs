using JudgeEval.Engine.Data;
using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Labelling.Page;

/// <summary>
/// The labelling page's markup: the frame, the rubric and the choice buttons, rendered once per session. Every piece of
/// text (manifest name, annotator, file, rubric) goes through the report's encoding builder; items never appear here.
/// </summary>
public static class LabelPage
{
    public static string Render(LabelWorkspace ws)
    {
        var pairwise = ws.Data.Scale.Kind == TaskKind.Pairwise;
        var name = ws.Manifest.Name ?? Path.GetFileName(ws.Manifest.Path);
        var h = new HtmlBuilder();
        h.Append($"<!DOCTYPE html>\n<html lang=\"en\" data-kind=\"{(pairwise ? "pairwise" : "pointwise")}\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append($"<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n");
        h.Append($"<link rel=\"icon\" href=\"data:,\">\n<title>Label: {name}</title>\n<style>{new Markup(LabelStyle.Source)}</style>\n</head>\n<body>\n");
        Header(h, ws, name);
        h.Append($"<main>\n<noscript><p>This page needs JavaScript: it fetches each item from judgeeval on 127.0.0.1 and sends your labels back.</p></noscript>\n");
        h.Append($"<div id=\"problem\" role=\"alert\" hidden></div>\n");
        Rubric(h, ws.Rubric);
        Item(h, pairwise);
        Choices(h, ws.Rubric);
        h.Append($"<div class=\"nav\"><button type=\"button\" id=\"back\" disabled>Back <kbd>B</kbd></button>");
        h.Append($"<button type=\"button\" id=\"skip\">Skip <kbd>S</kbd></button><button type=\"button\" id=\"next\" hidden>Next <kbd>N</kbd></button>");
        h.Append($"<button type=\"button\" id=\"show-judges\" hidden>Show the judges on item <span id=\"show-judges-item\"></span> <kbd>J</kbd></button></div>\n");
        h.Append($"<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n");
        Judges(h);
        h.Append($"<section id=\"done\" hidden><h2 id=\"done-heading\" tabindex=\"-1\">Nothing left to label</h2><p id=\"done-text\"></p></section>\n</main>\n");
        Footer(h, ws, pairwise);
        h.Append($"<script>{new Markup(LabelScript.Source)}</script>\n</body>\n</html>\n");
        return h.ToString();
    }

    static void Header(HtmlBuilder h, LabelWorkspace ws, string name)
    {
        var take = ws.Take switch
        {
            TakeMode.Review => "the items the judges disagree on most",
            TakeMode.Stratified => "items drawn across the judges' verdicts",
            _ => "a random draw of items",
        };
        var file = Path.GetRelativePath(ws.Manifest.Directory, ws.Store.Path);
        h.Append($"<header>\n<h1>{name}</h1>\n<p class=\"who\">Labelling as <b>{ws.Annotator}</b> into <code>{file}</code>: {take} ({ws.Selection.Count} selected).</p>\n");
        h.Append($"<div class=\"progress\">");
        h.Append($"<label for=\"progress-session\">This session</label><progress id=\"progress-session\" max=\"1\" value=\"0\"></progress><span id=\"progress-session-text\"></span>");
        h.Append($"<label for=\"progress-all\">In all</label><progress id=\"progress-all\" max=\"1\" value=\"0\"></progress><span id=\"progress-all-text\"></span>");
        h.Append($"</div>\n<p id=\"calibration\"></p>\n</header>\n");
    }

    static void Rubric(HtmlBuilder h, LabelRubric rubric)
    {
        if (rubric.Instructions is null)
        {
            return;
        }

        h.Append($"<section class=\"rubric\" aria-label=\"Rubric\"><p>{rubric.Instructions}</p>");
        if (rubric.Source is { } source)
        {
            h.Append($"<p class=\"source\">From {source}.</p>");
        }

        h.Append($"</section>\n");
    }

    static void Item(HtmlBuilder h, bool pairwise)
    {
        h.Append($"<article id=\"item\" hidden aria-labelledby=\"item-heading\">\n<h2 id=\"item-heading\" tabindex=\"-1\">Item <span id=\"item-number\"></span> <code id=\"item-id\"></code></h2>\n");
        h.Append($"<p id=\"state\" hidden></p>\n<section class=\"block\"><h3>Query</h3><p id=\"query\" class=\"text\"></p></section>\n");
        if (pairwise)
        {
            h.Append($"<div class=\"pair\"><section><h3>Left output</h3><p id=\"left\" class=\"text\"></p></section><section><h3>Right output</h3><p id=\"right\" class=\"text\"></p></section></div>\n");
        }
        else
        {
            h.Append($"<section class=\"block\"><h3>Text</h3><p id=\"text\" class=\"text\"></p></section>\n");
        }

        h.Append($"</article>\n");
    }

    static void Choices(HtmlBuilder h, LabelRubric rubric)
    {
        h.Append($"<div id=\"choices\" class=\"choices\" role=\"group\" aria-label=\"Your label\" hidden>");
        foreach (var c in rubric.Choices)
        {
            h.Append($"<button type=\"button\" class=\"choice\" data-choice=\"{c.Choice}\" data-name=\"{c.Label}\" data-key=\"{c.Key ?? string.Empty}\" aria-pressed=\"false\"");
            if (c.Key is { } key)
            {
                h.Append($" aria-keyshortcuts=\"{key}\"");
            }

            // A key that is the grade itself needs no hint beside it; sides and positional keys do.
            h.Append($"><span class=\"grade\">{c.Label}{(c.Key is null || c.Key == c.Label ? new Markup(string.Empty) : KeyHint(c.Key))}</span>");
            if (c.Description is { } description)
            {
                h.Append($"<span class=\"desc\">{description}</span>");
            }

            h.Append($"</button>");
        }

        h.Append($"</div>\n");
    }

    static Markup KeyHint(string key)
    {
        var hint = new HtmlBuilder();
        hint.Append($" <kbd>{key.ToUpperInvariant()}</kbd>");
        return hint.ToMarkup();
    }

    static void Judges(HtmlBuilder h)
    {
        h.Append($"<section id=\"judges\" hidden aria-labelledby=\"judges-heading\"><h2 id=\"judges-heading\" tabindex=\"-1\">The judges on item <span id=\"judges-number\"></span> <code id=\"judges-item\"></code></h2>");
        h.Append($"<p id=\"judges-yours\"></p><p id=\"judges-models\" class=\"note\"></p>");
        h.Append($"<table><caption>Each judge's verdict</caption><thead><tr><th scope=\"col\">Judge</th><th scope=\"col\">Model</th><th scope=\"col\">Verdict</th></tr></thead><tbody id=\"judges-rows\"></tbody></table>");
        h.Append($"<button type=\"button\" id=\"close-judges\">Close <kbd>Esc</kbd></button></section>\n");
    }

    static void Footer(HtmlBuilder h, LabelWorkspace ws, bool pairwise)
    {
        var keys = pairwise ? "1 left, 2 right, T tie" : "the digit on each grade";
        h.Append($"<footer><p>Keys: {keys}; S skip, B back, N next, J show the judges (after you label). Judges, their verdicts and the models behind the texts stay hidden until you have labelled an item.</p>");
        h.Append($"<p>Served by judgeeval on 127.0.0.1 only; every row is appended to <code>{ws.Store.Path}</code> and flushed as you label, and the file is never rewritten.</p></footer>\n");
    }
}
