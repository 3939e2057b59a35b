#!/usr/bin/env bash
# Throughput benchmark: cio-digest against `wc -w` on the same synthetic corpus.
#
#   bench/run.sh [SIZE...]      sizes like 10M (the default), 100M, 1G
#
# Builds release, generates a deterministic corpus per size in a temp dir
# (removed at the end; set BENCH_KEEP=1 to keep it), warms the page cache, then
# times `wc -w` and `cio-digest summarize --format ndjson` with -j1 and -j2 on
# the same files. Prints a Markdown table: wall time (best of BENCH_REPEAT runs,
# 3 by default; 1 for sizes of 1G and up), throughput, peak RSS, the ratio of
# wall time to `wc -w`, and the 2-thread speed-up.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10M)

target_dir=${CARGO_TARGET_DIR:-target}
cargo build --release --locked --quiet --bin cio-digest --example gen_corpus
bin="$target_dir/release/cio-digest"
gen="$target_dir/release/examples/gen_corpus"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cio-bench.XXXXXX")
if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "keeping $tmp" >&2
else
    trap 'rm -rf "$tmp"' EXIT
fi

if [ -x /usr/bin/time ] && /usr/bin/time -f %M true 2>/dev/null; then
    have_time=1
else
    have_time=0
    echo "note: GNU time not found (apt-get install time); reading peak RSS from /proc" >&2
fi

now() { date +%s.%N; }

# measure OUT_LAST CMD...: runs CMD with stdout piped through `tail -n 1` into
# OUT_LAST; sets WALL (seconds) and RSS (peak resident KiB of CMD).
measure() {
    local last=$1
    shift
    local fifo="$tmp/fifo" tf="$tmp/time" t0 t1 pid hwm=0 v
    rm -f "$fifo" && mkfifo "$fifo"
    tail -n 1 <"$fifo" >"$last" &
    local tail_pid=$!
    t0=$(now)
    if [ $have_time = 1 ]; then
        /usr/bin/time -f %M -o "$tf" "$@" >"$fifo" &
        pid=$!
    else
        "$@" >"$fifo" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            v=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
            sleep 0.02
        done
    fi
    wait "$pid" || true
    wait "$tail_pid"
    t1=$(now)
    WALL=$(echo "$t1 - $t0" | bc -l)
    if [ $have_time = 1 ]; then RSS=$(tail -n 1 "$tf"); else RSS=$hwm; fi
}

# best CMD...: the fastest of $repeat runs (RSS from that run).
best() {
    local last=$1 w=0 r=0 i
    shift
    for ((i = 0; i < repeat; i++)); do
        measure "$last" "$@"
        if [ $i = 0 ] || [ "$(echo "$WALL < $w" | bc -l)" = 1 ]; then
            w=$WALL
            r=$RSS
        fi
    done
    WALL=$w
    RSS=$r
}

fmt() { printf "%.${2:-2}f" "$1"; }

echo "machine: $(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo)"
echo "date: $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), LANG=${LANG:-}"
echo
echo "| corpus | files | command | wall s | MB/s | articles/s | peak RSS MB | time / wc -w |"
echo "|---|---|---|---|---|---|---|---|"
for size in "${sizes[@]}"; do
    dir="$tmp/corpus-$size"
    "$gen" "$dir" "$size" 2>/dev/null
    (cd "$dir" && find . -type f -name '*.txt' -print0 | sort -z) >"$tmp/files0"
    files=$(tr -cd '\0' <"$tmp/files0" | wc -c)
    bytes=$(du -sb --apparent-size "$dir" | cut -f1)
    mb=$(echo "$bytes / 1048576" | bc -l)
    repeat=${BENCH_REPEAT:-$([ "$bytes" -ge 1000000000 ] && echo 1 || echo 3)}
    (cd "$dir" && xargs -0 cat <"$tmp/files0" >/dev/null) # warm the page cache

    cd "$dir"
    best "$tmp/wc.last" wc -w --files0-from="$tmp/files0"
    wc_wall=$WALL
    wc_rss=$RSS
    best "$tmp/j1.last" "$OLDPWD/$bin" summarize --format ndjson --quiet -j1 .
    j1_wall=$WALL
    j1_rss=$RSS
    best "$tmp/j2.last" "$OLDPWD/$bin" summarize --format ndjson --quiet -j2 .
    j2_wall=$WALL
    j2_rss=$RSS
    cd "$OLDPWD"

    articles=$(grep -o '"articles":[0-9]*' "$tmp/j2.last" | head -n 1 | cut -d: -f2)
    if ! cmp -s "$tmp/j1.last" "$tmp/j2.last"; then
        echo "warning: -j1 and -j2 corpus lines differ" >&2
    fi
    row() { # name wall rss
        printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n" "$(fmt "$mb" 0) MB" "$files" "$1" \
            "$(fmt "$2" 3)" "$(fmt "$(echo "$mb / $2" | bc -l)" 1)" \
            "$(fmt "$(echo "${articles:-0} / $2" | bc -l)" 0)" "$(fmt "$(echo "$3 / 1024" | bc -l)" 1)" \
            "$(fmt "$(echo "$2 / $wc_wall" | bc -l)" 2)"
    }
    row "wc -w" "$wc_wall" "$wc_rss"
    row "cio-digest -j1" "$j1_wall" "$j1_rss"
    row "cio-digest -j2" "$j2_wall" "$j2_rss"
    echo "|  |  | speed-up -j2 / -j1: $(fmt "$(echo "$j1_wall / $j2_wall" | bc -l)" 2)x |  |  |  |  |  |"
    rm -rf "$dir"
done
