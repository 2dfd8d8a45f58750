namespace JudgeEval.Engine.Reporting.Html;

/// <summary>The report's stylesheet: light and dark schemes, print rules, Okabe-Ito family colours, viridis kappa bands.</summary>
public static class ReportStyle
{
    public const string Source = """
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5d66; --line: #d5d7de; --panel: #f5f6f8;
  --accent: #0072b2; --pass: #009e73; --fail: #d55e00; --inconclusive: #b58900; --mark: #cc79a7; --grid: #c3c6cf; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15161a; --fg: #e7e8ec; --muted: #a3a6b1; --line: #3a3d46; --panel: #1f2127; --accent: #56b4e9;
    --pass: #35c79a; --fail: #ff8a4c; --inconclusive: #f0e442; --mark: #e59ac7; --grid: #4a4d57; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 1440px; padding: 1rem 1.25rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); }
p, li { max-width: 78ch; }
.muted, .note { color: var(--muted); }
.note { font-size: .9rem; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; padding: 0; list-style: none; margin: .6rem 0 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .6rem 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict { border: 2px solid var(--line); border-left-width: 10px; border-radius: 6px; padding: .8rem 1.1rem; background: var(--panel); }
.verdict h2 { margin-top: 0; border: 0; }
.verdict.pass { border-color: var(--pass); }
.verdict.fail { border-color: var(--fail); }
.verdict.inconclusive { border-color: var(--inconclusive); }
.verdict.unusable { border-color: var(--fail); border-style: dashed; }
.outcome { font-size: 1.5rem; font-weight: 700; letter-spacing: .04em; margin: 0; }
.outcome .sym { display: inline-block; width: 1.4em; }
.decided { margin: .6rem 0 0; padding-left: 1.2rem; }
.decided li { margin: .3rem 0; max-width: none; }
.sev { display: inline-block; min-width: 4.8em; font-size: .78rem; font-weight: 600; text-transform: uppercase; }
.sev.error { color: var(--fail); }
.sev.warning { color: var(--inconclusive); }
.sev.info { color: var(--muted); }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .85rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { padding: .26rem .38rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
thead th { border-bottom: 2px solid var(--line); white-space: nowrap; }
td.model { font-size: .8rem; max-width: 14rem; }
.nw { white-space: nowrap; }
td.members { font-size: .8rem; max-width: 20rem; }
th[scope=row], td.fam { white-space: nowrap; }
td.fam.related { white-space: normal; max-width: 14rem; }
td.fam.related .related-models { display: block; font-size: .78rem; }
td.chart { padding-top: 0; padding-bottom: 0; line-height: 0; }
td.below { color: var(--fail); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:hover { background: var(--panel); }
button { font: inherit; color: inherit; }
button.sort { background: none; border: 0; padding: 0; cursor: pointer; font-weight: 700; text-align: inherit; }
button.sort::after { content: " \2195"; color: var(--muted); font-weight: 400; font-size: .75em; }
th[aria-sort=ascending] button.sort::after { content: " \2191"; }
th[aria-sort=descending] button.sort::after { content: " \2193"; }
.chip { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; vertical-align: -1px; background: var(--fam); }
.fam0 { --fam: #e69f00; } .fam1 { --fam: #56b4e9; } .fam2 { --fam: #009e73; } .fam3 { --fam: #f0e442; }
.fam4 { --fam: #0072b2; } .fam5 { --fam: #d55e00; } .fam6 { --fam: #cc79a7; } .fam7 { --fam: #999999; }
svg .famfill { fill: var(--fam); }
svg { overflow: visible; }
svg text { fill: var(--fg); font: 11px system-ui, "DejaVu Sans", sans-serif; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .grid { stroke: var(--grid); stroke-width: 1; stroke-dasharray: 1 3; }
svg .ref { stroke: var(--mark); stroke-width: 1.2; stroke-dasharray: 3 2; }
svg .ref.fail { stroke: var(--fail); stroke-width: 1.6; stroke-dasharray: none; }
svg .ref.warn { stroke: var(--inconclusive); stroke-width: 1.6; stroke-dasharray: 4 2; }
.multiples { display: flex; flex-wrap: wrap; gap: .8rem 1.4rem; margin: .4rem 0 .8rem; }
.multiples figure { margin: 0; }
.multiples figcaption { font-size: .8rem; max-width: 260px; overflow-wrap: anywhere; }
svg .ref.ceiling { stroke: var(--pass); stroke-width: 2; stroke-dasharray: 1 2; }
svg .ci { stroke: var(--fg); stroke-width: 2; }
svg .pt { fill: var(--accent); stroke: var(--bg); stroke-width: 1; }
svg .pt.alt { fill: var(--mark); }
svg .bar { fill: var(--accent); opacity: .85; }
svg .cut { fill: var(--muted); }
.trends { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
figure.trend { margin: 0; }
figure.trend figcaption { font-size: .8rem; color: var(--muted); }
svg .tband { fill: var(--fam); opacity: .25; }
svg .tline { fill: none; stroke: var(--fam); stroke-width: 1.6; }
svg .tpt { fill: var(--fam); stroke: var(--bg); stroke-width: 1; }
.k0 { background: #440154; color: #fff; } .k1 { background: #414487; color: #fff; } .k2 { background: #2a788e; color: #fff; }
.k3 { background: #22a884; color: #000; } .k4 { background: #7ad151; color: #000; } .k5 { background: #fde725; color: #000; }
.kn { background: var(--panel); color: var(--muted); }
.kself { background: var(--panel); color: var(--muted); }
.band { display: inline-block; padding: 0 .4em; border-radius: 3px; font-size: .85em; white-space: nowrap; }
table.heatmap { border-collapse: separate; border-spacing: 2px; }
table.heatmap caption { white-space: nowrap; }
table.selfpref thead th:not([data-nosort]), table.position thead th:not([data-nosort]) { white-space: normal; min-width: 4.2em; }
table.heatmap td { text-align: center; min-width: 2.9em; padding: .32rem .2rem; border: 0; font-variant-numeric: tabular-nums; font-size: .82rem; }
table.heatmap th { border: 0; font-size: .8rem; padding: .2rem .3rem; }
table.heatmap thead tr.ids th { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; vertical-align: bottom; max-height: 9rem; white-space: nowrap; }
table.heatmap th.famhead { text-align: center; border-bottom: 3px solid var(--fam); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 3.4rem; font-size: .7rem; line-height: 1.15; vertical-align: bottom; padding: .2rem .1rem; }
table.heatmap th.famhead[colspan] { max-width: none; }
table.heatmap th.famhead[colspan="1"] { max-width: 7rem; }
table.heatmap td { width: 3.6rem; }
table.heatmap tr.famstart > * { border-top: 4px solid var(--bg); }
table.heatmap th.famrow { border-right: 3px solid var(--fam); }
table.heatmap .gap { border-left: 4px solid var(--bg); }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .8rem; font-size: .85rem; align-items: center; margin: .3rem 0 .8rem; padding: 0; list-style: none; }
.legend li { display: flex; gap: .3rem; align-items: center; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(370px, 1fr)); gap: 1rem 2rem; }
figure { margin: 0; }
figcaption { font-size: .9rem; font-weight: 600; margin-bottom: .2rem; }
.review-item { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; margin: .8rem 0; }
.review-item h3 { margin: .2rem 0 .4rem; font-size: 1rem; }
.review-item .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0 1.4rem; }
.review-item .textline { margin: .35rem 0 0; }
.review-item details { margin: .35rem 0; }
.review-item .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .3rem 0; max-width: 100ch; }
.review-item summary { cursor: pointer; overflow-wrap: anywhere; }
.review-item summary .more { color: var(--accent); }
.verdicts { font-size: .85rem; margin-top: .5rem; }
.verdicts caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.verdicts th.outlier { color: var(--fail); }
.outlier { font-weight: 700; color: var(--fail); }
.toolbar { margin: .4rem 0; }
.toolbar button { border: 1px solid var(--line); background: var(--panel); border-radius: 4px; padding: .2rem .7rem; cursor: pointer; }
footer { margin-top: 3rem; font-size: .85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .6rem; }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --panel: #f3f3f3; --line: #bbb; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc, .toolbar, button.sort::after { display: none; }
  section, figure, .review-item, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  details::details-content { content-visibility: visible; display: block; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
""";
}
