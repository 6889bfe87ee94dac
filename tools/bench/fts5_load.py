#!/usr/bin/env python3
"""Loads a corpus folder into an SQLite FTS5 table: the benchmark's SQLite peer.

One row per file (path, text): porter stemming over unicode61, full positions
(detail=full, so phrases work) and the full text stored in the table, as
samizdat-index stores it. HTML is reduced to its text; other files are loaded
as they are. Prints one JSON object: files, bytes_in, documents.
"""
import argparse
import html.parser
import json
import os
import sqlite3
import sys

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")


class _TextOfHtml(html.parser.HTMLParser):
    """Collects the text of an HTML page, leaving out script and style."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def text_of(path, raw):
    text = raw.decode("utf-8", errors="replace")
    if path.endswith((".html", ".htm")):
        parser = _TextOfHtml()
        parser.feed(text)
        parser.close()
        return " ".join(parser.parts)
    return text


def corpus_files(root):
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                yield os.path.join(folder, name)


def load(db_path, root):
    if os.path.exists(db_path):
        os.remove(db_path)
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5("
               "path UNINDEXED, body, tokenize='porter unicode61', detail=full)")
    files = bytes_in = 0
    with db:
        for path in corpus_files(root):
            with open(path, "rb") as f:
                raw = f.read()
            db.execute("INSERT INTO docs(path, body) VALUES (?, ?)",
                       (os.path.relpath(path, root), text_of(path, raw)))
            files += 1
            bytes_in += len(raw)
    db.close()
    return {"files": files, "bytes_in": bytes_in, "documents": files}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file to create (replaced)")
    parser.add_argument("corpus", help="corpus folder")
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        sys.exit(f"fts5_load: '{args.corpus}' is not a folder")
    print(json.dumps(load(args.db, args.corpus)))


if __name__ == "__main__":
    main()
