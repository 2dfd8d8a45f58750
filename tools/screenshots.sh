#!/usr/bin/env bash
# Renders the HTML report to PNG screenshots with headless chromium, to look at layout changes:
#   tools/screenshots.sh [out-dir]        (default: artifacts/screenshots)
# It writes the test fixtures' reports (9-judge pointwise, 4-judge pairwise, 15-judge heatmap, hostile strings),
# plus a report per sample manifest when `judgeeval run` succeeds on it, then one PNG per report at 1280x4000
# (light scheme), a dark-scheme PNG of the pointwise fixture, and for each sample the top of its report
# (header, verdict, judges, heatmap) at 1280 x SAMPLE_HEIGHT (default 2800) as sample-<name>-top.png: those are
# the pictures in docs/images/ (copy them there with DOCS_IMAGES=1).
# It also photographs the labelling page of `judgeeval label` on the WithinCorpus and MtBench samples, light and dark
# (label-<sample>.png, label-<sample>-dark.png), driven in headless chromium by LabelSamplePageTests.
# Needs Debian's chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mkdir -p "${1:-artifacts/screenshots}" && cd "${1:-artifacts/screenshots}" && pwd)"
chromium="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$chromium" ] || { echo "chromium not found: apt-get install --no-install-recommends chromium" >&2; exit 1; }

JUDGEEVAL_REPORT_OUT="$out" dotnet test tests/JudgeEval.Engine.Tests -c Release --nologo -v q \
  --filter "FullyQualifiedName~JudgeEval.Engine.Tests.Reporting.Html.SampleReportTests" >/dev/null
JUDGEEVAL_LABEL_SCREENSHOTS="$out" dotnet test tests/JudgeEval.Engine.Tests -c Release --nologo -v q \
  --filter "FullyQualifiedName~JudgeEval.Engine.Tests.Labelling.LabelSamplePageTests" >/dev/null

for manifest in samples/*/judgeeval.yaml; do
  name="$(basename "$(dirname "$manifest")")"
  if dotnet run --project src/JudgeEval.Engine -c Release -- run "$manifest" --out "$out/run-$name" >/dev/null 2>&1 \
     || [ -f "$out/run-$name/report.html" ]; then
    cp "$out/run-$name/report.html" "$out/sample-$name.html"
  else
    echo "skipped sample $name: judgeeval run did not produce a report" >&2
  fi
done

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
shoot() { # html png [extra chromium flags]
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --window-size=1280,4000 \
    --screenshot="$2" "${@:3}" "file://$1" >/dev/null 2>&1
  echo "$2"
}
for html in "$out"/*.html; do
  shoot "$html" "${html%.html}.png"
done
shoot "$out/pointwise-9-judges.html" "$out/pointwise-9-judges-dark.png" --force-dark-mode --blink-settings=preferredColorScheme=0
for html in "$out"/sample-*.html; do
  [ -f "$html" ] || continue
  top="${html%.html}-top.png"
  shoot "$html" "$top" --window-size=1280,"${SAMPLE_HEIGHT:-2800}"
  if [ -n "${DOCS_IMAGES:-}" ]; then
    name="$(basename "$html" .html)"
    cp "$top" "docs/images/report-${name#sample-}.png"
  fi
done
for png in "$out"/label-*.png; do
  [ -f "$png" ] || continue
  echo "$png"
  case "$png" in *-dark.png) continue ;; esac
  if [ -n "${DOCS_IMAGES:-}" ]; then
    cp "$png" docs/images/
  fi
done
