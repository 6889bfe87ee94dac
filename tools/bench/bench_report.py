#!/usr/bin/env python3
"""Turns a run_bench.sh output folder into the Markdown results table.

Reads OUT/metrics.tsv, OUT/queries.tsv, OUT/queries/*.json (hyperfine) and
OUT/http/c*.txt and OUT/http/q*.txt (wrk with api_search.lua: the mixed set
per connection count, each query alone); prints Markdown on stdout.
"""
import json
import os
import re
import sys
import urllib.parse

ENGINES = ("samizdat", "omindex", "fts5")
ENGINE_NAMES = {"samizdat": "samizdat", "omindex": "omindex", "fts5": "SQLite FTS5",
                "quest": "quest"}
MB = 1e6


def read_metrics(out):
    metrics = {}
    with open(os.path.join(out, "metrics.tsv"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            metrics[key] = value
    return metrics


def number(metrics, key):
    value = metrics.get(key, "")
    try:
        return float(value)
    except ValueError:
        return None


def percentile(values, p):
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def fmt(value, digits=1):
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "—"
    return f"{a / b:.2f}×"


def indexing_rows(m):
    raw = number(m, "corpus.raw_bytes")
    rows = {}
    for e in ENGINES:
        wall = number(m, f"index.{e}.wall_s")
        docs = number(m, f"index.{e}.documents")
        size = number(m, f"index.{e}.size_bytes")
        compact = number(m, f"index.{e}.compact_bytes")
        rss = number(m, f"index.{e}.rss_kb")
        rows[e] = {
            "wall s": wall,
            "CPU s (user+sys)": number(m, f"index.{e}.cpu_s"),
            "MB/s (raw input)": raw / MB / wall if wall else None,
            "files/s": number(m, "corpus.files") / wall if wall else None,
            "documents/s (own count)": docs / wall if docs and wall else None,
            "documents (own count)": docs,
            "peak RSS MB": rss / 1024 if rss else None,
            "size MB": size / MB if size else None,
            "size ÷ raw": size / raw if size else None,
            "size after xapian-compact MB": compact / MB if compact else None,
            "compacted ÷ raw": compact / raw if compact else None,
            "xapian-compact s": number(m, f"index.{e}.compact_s"),
        }
    return rows


def indexing_table(m):
    rows = indexing_rows(m)
    lines = ["| indexing | samizdat | omindex | SQLite FTS5 | samizdat ÷ omindex | samizdat ÷ FTS5 |",
             "|---|---:|---:|---:|---:|---:|"]
    for name in rows["samizdat"]:
        digits = 2 if "÷" in name else (0 if name.startswith("documents (") else 1)
        s, o, f = (rows[e][name] for e in ENGINES)
        lines.append(f"| {name} | {fmt(s, digits)} | {fmt(o, digits)} | {fmt(f, digits)} "
                     f"| {ratio(s, o)} | {ratio(s, f)} |")
    return lines


def query_stats(out, qid):
    with open(os.path.join(out, "queries", f"{qid}.json"), encoding="utf-8") as f:
        results = json.load(f)["results"]
    stats = {}
    for r in results:
        times = [t * 1000 for t in r["times"]]
        stats[r["command"]] = {p: percentile(times, p) for p in (50, 95, 99)}
    return stats


def hits(m, qid, engine):
    value = m.get(f"query.{qid}.{engine}.hits")
    return value if value else "—"


def query_table(out, m):
    lines = ["| query (ms per process, p50 / p95 / p99) | samizdat | quest | sqlite3 FTS5 "
             "| samizdat ÷ quest (p50) | samizdat ÷ FTS5 (p50) | hits samizdat / quest / FTS5 |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    with open(os.path.join(out, "queries.tsv"), encoding="utf-8") as f:
        specs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for qid, label, text in specs:
        stats = query_stats(out, qid)
        cells = []
        for e in ("samizdat", "quest", "fts5"):
            s = stats.get(e)
            cells.append(" / ".join(fmt(s[p]) for p in (50, 95, 99)) if s else "—")
        p50 = {e: stats[e][50] for e in stats}
        text = text.strip().replace("|", "\\|")
        lines.append(f"| {label}: `{text}` | {' | '.join(cells)} "
                     f"| {ratio(p50.get('samizdat'), p50.get('quest'))} "
                     f"| {ratio(p50.get('samizdat'), p50.get('fts5'))} "
                     f"| {hits(m, qid, 'samizdat')} / {hits(m, qid, 'quest')} / "
                     f"{hits(m, qid, 'fts5')} |")
    return lines


def wrk_summary(path):
    """The BENCH_JSON line api_search.lua printed into `path`; None when absent."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        match = re.search(r"^BENCH_JSON (.*)$", f.read(), re.M)
    return json.loads(match.group(1)) if match else None


def searches_per_second(r):
    return r["requests"] / (r["duration_us"] / 1e6)


def ms(r, p):
    return fmt(r[f"p{p}_us"] / 1000, 2)


def peer_cells(r, peer, percentile):
    """searches/s and p`percentile` of omega, and samizdat's searches/s over omega's."""
    if peer is None:
        return "— | — | —"
    return (f"{fmt(searches_per_second(peer))} | {ms(peer, percentile)} "
            f"| {ratio(searches_per_second(r), searches_per_second(peer))}")


def http_table(out):
    lines = ["| connections | searches/s | p50 ms | p90 ms | p99 ms | errors "
             "| omega searches/s | omega p50 ms | samizdat ÷ omega (searches/s) |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for c in (1, 8, 32):
        r = wrk_summary(os.path.join(out, "http", f"c{c}.txt"))
        peer = wrk_summary(os.path.join(out, "http", f"omega-c{c}.txt"))
        if r:
            lines.append(f"| {c} | {fmt(searches_per_second(r))} | {ms(r, 50)} | {ms(r, 90)} "
                         f"| {ms(r, 99)} | {r['errors']} | {peer_cells(r, peer, 50)} |")
    return lines


def http_query_table(out):
    """One row per query of api_search.lua run alone on one connection."""
    lines = ["| query (alone, 1 connection) | searches/s | p50 ms | p95 ms | p99 ms | errors "
             "| omega searches/s | omega p95 ms | samizdat ÷ omega (searches/s) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    number = 1
    while r := wrk_summary(os.path.join(out, "http", f"q{number}.txt")):
        peer = wrk_summary(os.path.join(out, "http", f"omega-q{number}.txt"))
        lines.append(f"| `{urllib.parse.unquote_plus(r['query'])}` | {fmt(searches_per_second(r))} | {ms(r, 50)} "
                     f"| {ms(r, 95)} | {ms(r, 99)} | {r['errors']} | {peer_cells(r, peer, 95)} |")
        number += 1
    return lines if number > 1 else []


def header(m):
    raw = number(m, "corpus.raw_bytes") or 0
    return [
        "# Samizdat benchmark",
        "",
        f"Corpus: `samizdat-generate --docs {m.get('corpus.docs')} --seed {m.get('corpus.seed')}` "
        f"— {m.get('corpus.files')} files, {raw / MB:.1f} MB raw (du -sb). "
        f"Machine: {m.get('machine.cpus')} × {m.get('machine.cpu')}; load average "
        f"{m.get('machine.load_before')} before, {m.get('machine.load_after')} after. "
        f"Xapian/omega {m.get('versions.xapian')}, SQLite {m.get('versions.sqlite')}. "
        f"Whole run: {m.get('bench.seconds')} s.",
        "",
    ]


NOTES = [
    "Notes: omindex keeps the full text (`-E 16M`) as samizdat does, reads .md/.json as plain"
    " text and makes one document per file; samizdat makes articles, comments and quotations"
    " (its own document count). samizdat-index compacts a fresh build itself (its time includes"
    " that), so its xapian-compact row shows what is left to gain; omindex does not compact."
    " samizdat's size includes its facet table (`samizdat-facets`, about 1%), which"
    " xapian-compact's copy leaves out."
    " omindex and FTS5 index raw front matter and JSON keys as text, so their hit counts"
    " include matches in tags and field names. FTS5 is one row per file (porter unicode61, detail=full, text"
    " stored), loaded by a Python script in one transaction, not optimized. Query times are whole"
    " processes (start, open, search, print 10 hits) measured by hyperfine; quest runs with"
    " `-o and -f default,wildcard` so its matches compare with samizdat's. Ratios below 1 favour"
    " samizdat for time and size, above 1 for speed. The HTTP peer is Xapian's omega CGI on"
    " omindex's database behind lighttpd (a process per request, as omega is deployed; its"
    " page is HTML with a sample of each hit's text), with the same queries: the phrase alone"
    " where samizdat adds all facets and the timeline, and a sort on omindex's value 0 (the"
    " file's modification time) for the sort by date. Timings on a shared machine are noisy;"
    " CPU seconds are steadier than wall seconds.",
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: bench_report.py OUT_DIR")
    out = sys.argv[1]
    m = read_metrics(out)
    lines = header(m) + ["## Indexing", ""] + indexing_table(m)
    lines += ["", "## Queries (samizdat-search vs quest vs sqlite3)", ""] + query_table(out, m)
    lines += ["", "## HTTP: samizdat-serve /api/search (wrk, queries cycled)", ""]
    lines += http_table(out) + [""]
    per_query = http_query_table(out)
    if per_query:
        lines += ["## HTTP: each query alone (wrk, one connection)", ""] + per_query + [""]
    lines += NOTES
    print("\n".join(lines))


if __name__ == "__main__":
    main()
