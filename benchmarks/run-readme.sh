#!/usr/bin/env bash
# Runs exactly the benchmarks whose figures are in README.md and prints their tables, with the
# machine they ran on. BenchmarkDotNet's short job (3 warm-ups, 3 iterations, out of process) keeps
# the whole run under about 25 minutes on a 2-core VM (the layout-sensitive class below takes 9
# processes, about 8 of them); best-of wall-clock runs are optional.
#
#   benchmarks/run-readme.sh              # every README table (BenchmarkDotNet, short job)
#   benchmarks/run-readme.sh --best-of    # also the best-of runs quoted beside them (+ ~5 min)
#   benchmarks/run-readme.sh Money Region # only the classes whose names contain these words
#
# Run it on an idle machine: BenchmarkDotNet measures wall-clock time, and other processes on a
# 2-core machine inflate every figure. Results also land in BenchmarkDotNet.Artifacts/readme-run/.
set -euo pipefail

cd "$(dirname "$0")/.."
project=benchmarks/IkmDomain.Benchmarks
artifacts=BenchmarkDotNet.Artifacts/readme-run
best_of=false
classes=()
for arg in "$@"; do
    case "$arg" in
        --best-of) best_of=true ;;
        *) classes+=("$arg") ;;
    esac
done

# The benchmark classes whose figures the README quotes, section by section.
readme_classes=(
    MoneyBenchmarks          # Money: speed table and issue 14 targets
    RegionBenchmarks         # Regions
    BusinessesBenchmarks     # Businesses and identifiers
    CraftsBenchmarks         # Crafts
    ExportBenchmarks         # Export statistics
    FeedTsvBenchmarks        # Feed writers: Google TSV vs CsvHelper 34, Sep
    FeedXmlBenchmarks        # Feed writers: Google RSS vs XmlSerializer, XmlWriter
    FeedJsonBenchmarks       # Feed writers: schema.org JSON vs System.Text.Json source generation
    FeedMetaCsvBenchmarks    # Feed writers: Meta CSV vs CsvHelper 34
    FeedUriTsvBenchmarks     # Feed writers: Google TSV of a type with Uri links vs CsvHelper 34
    FeedApiJsonBenchmarks    # Feed writers: TikTok Shop and Shopee JSON vs System.Text.Json source generation
)
if [ ${#classes[@]} -gt 0 ]; then
    selected=()
    for c in "${readme_classes[@]}"; do
        for want in "${classes[@]}"; do
            if [[ "$c" == *"$want"* ]]; then selected+=("$c"); break; fi
        done
    done
    readme_classes=("${selected[@]}")
fi
# Classes whose result moves with the memory layout of one process more than with the code: run in
# 9 processes of 5 iterations (about 8 minutes) instead of the short job's one process.
layout_sensitive=(FeedUriTsvBenchmarks)
filters=()
layout_filters=()
for c in "${readme_classes[@]}"; do
    if [[ " ${layout_sensitive[*]} " == *" $c "* ]]; then layout_filters+=("*.$c.*"); else filters+=("*.$c.*"); fi
done

echo "== Machine"
echo "date (UTC):   $(date -u '+%Y-%m-%d %H:%M')"
echo "cpu:          $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
echo "os:           $(. /etc/os-release && echo "$PRETTY_NAME")"
echo ".NET SDK:     $(dotnet --version)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (an idle machine shows well under 1)"
echo

dotnet build -c Release "$project" -v quiet -nologo
rm -rf "$artifacts"
mkdir -p "$(dirname "$artifacts")"
: > "$artifacts.log"
if [ ${#filters[@]} -gt 0 ]; then
    dotnet run -c Release --no-build --project "$project" -- \
        --filter "${filters[@]}" --job short --buildTimeout 900 --artifacts "$artifacts" >> "$artifacts.log" 2>&1 || {
        tail -50 "$artifacts.log"; exit 1; }
fi
if [ ${#layout_filters[@]} -gt 0 ]; then
    dotnet run -c Release --no-build --project "$project" -- \
        --filter "${layout_filters[@]}" --launchCount 9 --warmupCount 3 --iterationCount 5 --buildTimeout 900 \
        --artifacts "$artifacts" >> "$artifacts.log" 2>&1 || {
        tail -50 "$artifacts.log"; exit 1; }
fi
if grep -q "Build Error\|failed to build" "$artifacts.log"; then
    grep -A3 "Build Error" "$artifacts.log" | head -20
    echo "BenchmarkDotNet could not build its job (see $artifacts.log); no figures." >&2
    exit 1
fi

echo "== BenchmarkDotNet tables (short job; full log: $artifacts.log)"
for report in "$artifacts"/results/*-report-github.md; do
    echo
    echo "### $(basename "$report" -report-github.md)"
    # The environment header is printed once above; the table follows the first blank line.
    sed -n '/^|/p' "$report"
done

if $best_of; then
    echo
    echo "== Best-of wall-clock runs"
    dotnet run -c Release --no-build --project "$project" -- --money-best-of
    dotnet run -c Release --no-build --project "$project" -- --feeds-best-of
    dotnet run -c Release --no-build --project "$project" -- --feeds-best-of peers
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
