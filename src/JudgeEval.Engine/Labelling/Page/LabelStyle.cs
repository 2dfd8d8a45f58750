namespace JudgeEval.Engine.Labelling.Page;

/// <summary>The labelling page's stylesheet: the report's palette, light and dark, large targets, a visible focus ring.</summary>
public static class LabelStyle
{
    public const string Source = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5d66; --line: #d5d7de; --panel: #f5f6f8;
  --accent: #0072b2; --pass: #009e73; --fail: #d55e00; --focus: #cc79a7; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15161a; --fg: #e7e8ec; --muted: #a3a6b1; --line: #3a3d46; --panel: #1f2127; --accent: #56b4e9;
    --pass: #35c79a; --fail: #ff8a4c; --focus: #e59ac7; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 1280px; padding: 1rem 1.25rem 3rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.4rem; margin: .3rem 0 .2rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
h3 { font-size: .8rem; margin: 0 0 .25rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
code, kbd { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88em; }
kbd { display: inline-block; min-width: 1.5em; padding: 0 .35em; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; background: var(--bg); text-align: center; }
.who, .note, footer { color: var(--muted); }
.who { margin: 0 0 .6rem; overflow-wrap: anywhere; }
.progress { display: grid; grid-template-columns: max-content minmax(8rem, 24rem) max-content; gap: .2rem .8rem; align-items: center; margin: .4rem 0; }
progress { width: 100%; height: .8rem; accent-color: var(--accent); }
#calibration { margin: .2rem 0 1rem; }
#calibration.short { color: var(--fail); }
.rubric { border-left: 4px solid var(--accent); background: var(--panel); padding: .5rem .9rem; margin: 0 0 1rem; }
.rubric p { margin: 0; white-space: pre-wrap; max-width: 100ch; }
.rubric .source { font-size: .85rem; color: var(--muted); margin-top: .3rem; }
article { border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; margin: 0 0 1rem; }
h2[tabindex]:focus { outline: none; }
h2[tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 3px; }
.block { margin: .6rem 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 100ch; margin: 0; }
.missing { color: var(--muted); font-style: italic; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pair > section { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--panel); min-width: 0; }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } .progress { grid-template-columns: 1fr; } }
#state { font-weight: 600; }
#state.labelled { color: var(--pass); }
.choices { display: flex; flex-wrap: wrap; gap: .5rem; margin: .4rem 0 .8rem; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); padding: .45rem .9rem; }
button:hover:not(:disabled) { border-color: var(--accent); }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button:disabled { cursor: default; opacity: .55; }
button.choice { display: flex; flex-direction: column; align-items: flex-start; gap: .15rem; min-width: 7rem; max-width: 22rem; text-align: left; }
button.choice .grade { font-size: 1.3rem; font-weight: 700; }
button.choice .desc { font-size: .85rem; color: var(--muted); }
button.choice[aria-pressed=true] { border: 2px solid var(--pass); opacity: 1; }
.nav { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0 0 1rem; }
#status { min-height: 1.5em; margin: .3rem 0; }
#problem { border: 2px solid var(--fail); border-radius: 6px; padding: .4rem .8rem; margin: .4rem 0; }
#judges { border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: .9rem; margin: .3rem 0; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { text-align: left; padding: .25rem .6rem .25rem 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
footer { margin-top: 2rem; font-size: .85rem; border-top: 1px solid var(--line); padding-top: .6rem; }
""";
}
