#!/usr/bin/env bash
# Our PDF next to Debian's headless Chromium printing the same report's HTML (wuhu report --html), over several
# runs: wall time, CPU time (user+sys), peak memory and PDF size, as medians and ratios.
#
#   benchmarks/compare-chromium.sh [BULLETIN] [RUNS]
#
# BULLETIN defaults to ../shared/samples/wuhu-2023-annual.txt (the real 129-task bulletin) when present, else
# samples/wuhu-2024-annual.txt; RUNS defaults to 5. Installs nothing: it needs
#   apt-get install -y chromium        (Debian's /usr/bin/chromium)
# and the .NET SDK. Publishes the CLI as installed (linux-x64, ReadyToRun) into $WUHU_ARTIFACTS (default /tmp/wuhu-compare-artifacts) and
# writes everything into $WUHU_COMPARE_OUT (default a new temporary folder), which it keeps for inspection.
#
# Both sides are whole processes started fresh, as a user or a timer would: ours parses the bulletin, builds the
# report and renders the PDF (runtime start-up and JIT included); Chromium starts a browser, loads the HTML and
# fonts from local files and prints. CPU time is what the kernel charges to the process and the children it waited
# for; Chromium's helper processes are not all waited for, so where `perf` works (Debian's linux-perf) the script
# also takes `perf stat -e task-clock`, which counts every thread of every process the command starts: that is
# the CPU figure to compare. Peak memory is the largest single process (for Chromium, the largest of its processes
# that was waited for), from /usr/bin/time's %M.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_input="$repo/../shared/samples/wuhu-2023-annual.txt"
[[ -f "$default_input" ]] || default_input="$repo/samples/wuhu-2024-annual.txt"
input="$(realpath "${1:-$default_input}")"
runs="${2:-5}"
artifacts="${WUHU_ARTIFACTS:-/tmp/wuhu-compare-artifacts}"
out="${WUHU_COMPARE_OUT:-$(mktemp -d /tmp/wuhu-compare-XXXXXX)}"

chromium_bin="$(command -v chromium || true)"
if [[ -z "$chromium_bin" ]]; then
  echo "chromium not found. Install Debian's headless-capable Chromium with:  apt-get install -y chromium" >&2
  exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time not found. Install it with:  apt-get install -y time" >&2
  exit 2
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number, not '$runs'" >&2; exit 2; }
[[ -f "$input" ]] || { echo "bulletin not found: $input" >&2; exit 2; }

# The CLI as users install it (README): linux-x64, ReadyToRun, framework-dependent, like the .NET tool package.
echo "publishing the wuhu CLI (Release, linux-x64, ReadyToRun) into $artifacts/wuhu ..." >&2
dotnet publish "$repo/src/Wuhu.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  --artifacts-path "$artifacts" -o "$artifacts/wuhu" -v quiet -nologo >&2
wuhu="$artifacts/wuhu/wuhu"
[[ -x "$wuhu" ]] || { echo "built CLI not found at $wuhu" >&2; exit 1; }

year="$("$wuhu" parse "$input" --json | grep -m1 -o '"year": *[0-9]*' | grep -o '[0-9]*$')"
mkdir -p "$out"
echo "report year $year from $input; output in $out" >&2

# The HTML (and its fonts in wuhu-fonts/) that Chromium prints: the same report model as our PDF.
"$wuhu" report --year "$year" --from-file "$input" --out "$out/html-run.pdf" --html "$out/report.html" >&2

chromium_flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --no-pdf-header-footer)

use_perf=no
if command -v perf >/dev/null && perf stat -x, -e task-clock -o /dev/null true >/dev/null 2>&1; then use_perf=yes; fi

# time_run LOG CMD... : runs CMD under /usr/bin/time (and perf stat when it works); appends
# "wall user sys maxrss_kb task_clock_ms" to LOG (task_clock_ms is "-" without perf).
time_run() {
  local log="$1"; shift
  local wrap=()
  [[ "$use_perf" == yes ]] && wrap=(perf stat -x, -e task-clock -o "$log.perf" --)
  "${wrap[@]}" /usr/bin/time -f "%e %U %S %M" -o "$log.one" "$@" >"$log.stdout" 2>"$log.stderr" || { cat "$log.stderr" >&2; return 1; }
  local task_clock="-"
  [[ "$use_perf" == yes ]] && task_clock="$(awk -F, '/task-clock/ { print $1 }' "$log.perf")"
  echo "$(cat "$log.one") $task_clock" >>"$log"
}

rm -f "$out/ours.times" "$out/chromium.times" "$out/ours.render" "$out/ours.size" "$out/chromium.size"
for ((i = 1; i <= runs; i++)); do
  time_run "$out/ours.times" "$wuhu" report --year "$year" --from-file "$input" --out "$out/ours-$i.pdf"
  grep -o 'rendered in [0-9]* ms' "$out/ours.times.stdout" | grep -o '[0-9]*' >>"$out/ours.render"
  stat -c %s "$out/ours-$i.pdf" >>"$out/ours.size"

  profile="$(mktemp -d /tmp/wuhu-chromium-profile-XXXXXX)"
  time_run "$out/chromium.times" "$chromium_bin" "${chromium_flags[@]}" --user-data-dir="$profile" \
    --print-to-pdf="$out/chromium-$i.pdf" "file://$out/report.html"
  rm -rf "$profile"
  stat -c %s "$out/chromium-$i.pdf" >>"$out/chromium.size"
  echo "run $i/$runs done" >&2
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }
cpu_median() { awk '{ print $2 + $3 }' "$1" | median; }
pages() { (pdfinfo "$1" 2>/dev/null || true) | awk '/^Pages:/ { print $2 }'; }

ours_wall=$(column_median "$out/ours.times" 1); chrome_wall=$(column_median "$out/chromium.times" 1)
ours_cpu=$(cpu_median "$out/ours.times"); chrome_cpu=$(cpu_median "$out/chromium.times")
ours_rss=$(column_median "$out/ours.times" 4); chrome_rss=$(column_median "$out/chromium.times" 4)
ours_size=$(median <"$out/ours.size"); chrome_size=$(median <"$out/chromium.size")
ours_render=$(median <"$out/ours.render")
if [[ "$use_perf" == yes ]]; then
  ours_task=$(column_median "$out/ours.times" 5); chrome_task=$(column_median "$out/chromium.times" 5)
fi

echo
echo "Input: $input ($(stat -c %s "$input") bytes), $runs runs, $(nproc) cores, load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Chromium: $("$chromium_bin" --version 2>/dev/null | head -1)"
echo
printf '| %-34s | %14s | %14s | %9s |\n' "median of $runs runs" "wuhu report" "chromium" "ratio"
printf '|%s|%s|%s|%s|\n' "------------------------------------" "----------------" "----------------" "-----------"
awk -v o="$ours_wall" -v c="$chrome_wall" 'BEGIN { printf "| %-34s | %14.2f | %14.2f | %8.1fx |\n", "wall time, s (fresh process)", o, c, c / o }'
awk -v o="$ours_cpu" -v c="$chrome_cpu" 'BEGIN { printf "| %-34s | %14.2f | %14.2f | %8.1fx |\n", "CPU time user+sys (rusage), s", o, c, c / o }'
if [[ "$use_perf" == yes ]]; then
  awk -v o="$ours_task" -v c="$chrome_task" 'BEGIN { printf "| %-34s | %14.2f | %14.2f | %8.1fx |\n", "CPU time all processes (perf), s", o / 1000, c / 1000, c / o }'
fi
awk -v o="$ours_rss" -v c="$chrome_rss" 'BEGIN { printf "| %-34s | %14.0f | %14.0f | %8.1fx |\n", "peak memory (largest process), MB", o / 1024, c / 1024, c / o }'
awk -v o="$ours_size" -v c="$chrome_size" 'BEGIN { printf "| %-34s | %14.0f | %14.0f | %8.1fx |\n", "PDF size, KiB", o / 1024, c / 1024, c / o }'
printf '| %-34s | %14s | %14s | %9s |\n' "pages" "$(pages "$out/ours-1.pdf")" "$(pages "$out/chromium-1.pdf")" ""
printf '| %-34s | %14s | %14s | %9s |\n' "in-process render (cold), ms" "$ours_render" "n/a" ""
echo
echo "Ratios are chromium / wuhu (above 1: we are faster or smaller). Raw per-run figures: $out/*.times (wall user sys maxrss_kB task_clock_ms)."
