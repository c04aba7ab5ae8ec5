"""Hostile file names and links in a sources folder (issue 20): a name cannot forge or
colour the lines the command line prints, a symbolic link is skipped with a line, and the
size limit is stated in the unit the option takes."""

from __future__ import annotations

import os

import pytest
from conftest import run_main

from analysis.errors import SourceError, printable
from analysis.reading.reader import DEFAULT_MAX_BYTES, list_sources, read_source

FORGED = "a.txt\nskipped b.txt: forged by a name.txt"
COLOURED = "\x1b[2J\x1b[31mrot.txt"


def test_printable_escapes_line_ends_and_terminal_codes_only():
    assert printable("Köln.txt") == "Köln.txt"
    assert printable(FORGED) == "a.txt\\nskipped b.txt: forged by a name.txt"
    assert "\x1b" not in printable(COLOURED) and "\\x1b[31m" in printable(COLOURED)
    assert printable("a\\nb") == "a\\\\nb"  # a backslash in the name cannot fake an escape


def test_skipped_lines_print_names_escaped(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / FORGED).write_bytes(b"")
    (seeds / COLOURED).write_bytes(b"")
    proc = run_main("extract", "--seeds", seeds, "--out", tmp_path / "p.json")
    lines = proc.stderr.splitlines()
    assert proc.returncode == 1 and len(lines) == 2, proc.stderr
    assert all(line.startswith("skipped ") and "\x1b" not in line for line in lines)
    assert "skipped a.txt\\nskipped b.txt: forged by a name.txt: empty file" in lines


def test_a_symbolic_link_is_skipped_with_a_line(tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text("Die Stadt Musterfeld hat einen CDO.", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    os.symlink(secret, seeds / "link.txt")
    os.symlink(tmp_path / "missing.txt", seeds / "dangling.txt")
    paths = list_sources(seeds)
    assert [p.name for p in paths] == ["dangling.txt", "link.txt"]
    for path in paths:
        with pytest.raises(SourceError, match="symbolic link"):
            read_source(path, seeds)


def test_the_size_limit_is_stated_as_the_option_takes_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(SourceError) as err:
        read_source(big, tmp_path)
    assert err.value.reason == "file too large (20.0 MB > 20 MB limit)"
