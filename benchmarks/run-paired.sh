#!/usr/bin/env bash
# Our CSV/TSV writers against CsvHelper 34, timed in turns in one process, each run after a full
# collection (FeedPaired.cs, BestOf.cs), in several processes: one process is one memory layout, and on a shared VM the
# layout moves these memory-bound writers by about ±15%, so the median of the processes is printed
# (for Meta also CsvHelper configured otherwise, for reference: every field quoted, default quoting).
#
#   benchmarks/run-paired.sh              # meta, uri and tsv, 7 processes each
#   benchmarks/run-paired.sh meta 11      # one comparison, 11 processes
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/IkmDomain.Benchmarks
which=${1:-all}
processes=${2:-7}
echo "date (UTC): $(date -u '+%Y-%m-%d %H:%M'); cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release "$project" -v quiet -nologo > /dev/null
for w in $([ "$which" = all ] && echo meta uri tsv || echo "$which"); do
    for _ in $(seq "$processes"); do
        DOTNET_gcConcurrent=0 dotnet "$project/bin/Release/net10.0/IkmDomain.Benchmarks.dll" --feeds-paired "$w" | grep "CsvHelper / ours"
    done | tee -a /dev/stderr > /tmp/run-paired.$$  # -a: a log file stderr goes to is not truncated
    # One median per comparison (the first word of each line: meta, meta-always-quoted, ...).
    for label in $(cut -d: -f1 /tmp/run-paired.$$ | sort -u); do
        grep "^$label:" /tmp/run-paired.$$ | sed -E 's/.* ([0-9.]+)x$/\1 &/' | sort -n | awk '{a[NR]=$0} END {m=a[int((NR+1)/2)]; sub(/^[^ ]+ /, "", m); print "median of " NR " processes: " m}'
    done
    rm -f /tmp/run-paired.$$
done
