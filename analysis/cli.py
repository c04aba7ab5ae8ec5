"""Command line: `python -m analysis extract|tables|build|review|add`.

Exit statuses: 0 success; 1 some inputs skipped or some reports failed (the rest written);
2 usage error. User errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from analysis.errors import AnalysisError, UsageError, printable


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's default exits 2 with usage; keep it one line
        self.exit(2, f"{self.prog}: error: {message}\n")


def _size_mb(value: str) -> float:
    try:
        mb = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of megabytes") from None
    if not (0 < mb < 1e6):  # also rejects nan and inf
        raise argparse.ArgumentTypeError(f"{value!r}: give a size between 0 and 1,000,000 MB")
    return mb


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not (0 < seconds <= 3600):  # also rejects nan and inf
        raise argparse.ArgumentTypeError(f"{value!r}: give a time between 0 and 3600 seconds")
    return seconds


def _existing_dir(value: str) -> Path:
    p = Path(value)
    if not p.is_dir():
        raise argparse.ArgumentTypeError(f"{value}: not a directory")
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ex = sub.add_parser("extract", help="source texts -> profiles JSON")
    ex.add_argument("--seeds", type=_existing_dir, required=True, help="folder of .txt/.html sources")
    ex.add_argument("--out", type=Path, required=True, help="profiles JSON to write")
    ex.add_argument("--max-mb", type=_size_mb, default=20, help="skip files larger than this (default 20)")
    ex.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for a large folder (default: the number of cores; the result is the same)",
    )

    tb = sub.add_parser("tables", help="profiles JSON -> one CSV per table")
    tb.add_argument("--profiles", type=Path, required=True)
    tb.add_argument("--out", type=Path, required=True, help="folder for the CSV files")

    rv = sub.add_parser(
        "review", help="a review sheet of every fact; or a sheet's verdicts -> corrections.csv"
    )
    rv.add_argument(
        "--seeds", type=_existing_dir, required=True, help="folder of sources (and corrections.csv)"
    )
    what = rv.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", type=Path, help="write FILE.csv and FILE.html")
    what.add_argument(
        "--apply", type=Path, metavar="SHEET", help="append the sheet's verdicts to corrections.csv"
    )

    ad = sub.add_parser(
        "add", help="web addresses, PDF/HTML/TXT files or folders of them -> snapshots and sources.csv"
    )
    ad.add_argument("sources", nargs="+", metavar="SOURCE", help="a URL, a file or a folder of files")
    ad.add_argument("--seeds", type=_existing_dir, required=True, help="the sources folder to add to")
    ad.add_argument(
        "--max-mb", type=_size_mb, default=20, help="refuse sources larger than this (default 20)"
    )
    ad.add_argument(
        "--timeout", type=_seconds, default=20.0, help="seconds to wait for a server (default 20)"
    )

    bd = sub.add_parser("build", help="sources -> profiles, tables, executed notebooks, HTML and PDF reports")
    bd.add_argument("--seeds", type=_existing_dir, default=Path("seeds"))
    bd.add_argument("--out", type=Path, default=Path("reports"))
    bd.add_argument("--formats", default="html,pdf", help="comma-separated: html,pdf (default both)")
    bd.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    bd.add_argument("--force", action="store_true", help="rebuild even when inputs are unchanged")
    bd.add_argument(
        "--lang", default="en", help="comma-separated report languages: en, de or en,de (default en)"
    )
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from analysis.dataset.profiles import extract_folder, write_profiles

    result = extract_folder(args.seeds, max_bytes=int(args.max_mb * 1024 * 1024), jobs=max(1, args.jobs))
    for err in result.skipped:
        print(err.line(), file=sys.stderr)
    write_profiles(result.dataset, args.out)
    n = len(result.dataset["documents"])
    print(f"wrote {args.out} ({n} document{'s' * (n != 1)}, {len(result.skipped)} skipped)")
    return 1 if result.skipped else 0


def cmd_tables(args: argparse.Namespace) -> int:
    from analysis.dataset.profiles import load_profiles
    from analysis.dataset.tables import write_tables

    written = write_tables(load_profiles(args.profiles), args.out)
    print(f"wrote {len(written)} tables to {args.out}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from analysis.dataset.profiles import extract_folder
    from analysis.review import apply_sheet, write_sheet

    if args.apply is not None:
        if not args.apply.is_file():
            raise UsageError(f"{args.apply}: no such review sheet")
        applied = apply_sheet(args.apply, args.seeds)
        for row_error in applied.skipped:
            print(row_error.line(), file=sys.stderr)
        for note in applied.notes:
            print(note, file=sys.stderr)
        n = len(applied.appended)
        print(
            f"appended {n} row{'s' * (n != 1)} to {applied.corrections_file} "
            f"({len(applied.skipped)} sheet row{'s' * (len(applied.skipped) != 1)} skipped)"
        )
        return 1 if applied.skipped else 0
    result = extract_folder(args.seeds)
    for err in result.skipped:
        print(err.line(), file=sys.stderr)
    csv_path, html_path = write_sheet(result.dataset, args.out, seeds_hint=str(args.seeds))
    print(f"wrote {csv_path} and {html_path}")
    return 1 if result.skipped else 0


def cmd_build(args: argparse.Namespace) -> int:
    from analysis.build import build

    formats = tuple(f.strip() for f in args.formats.split(",") if f.strip())
    langs = tuple(lang.strip() for lang in args.lang.split(",") if lang.strip())
    return build(args.seeds, args.out, formats=formats, jobs=max(1, args.jobs), force=args.force, langs=langs)


def cmd_add(args: argparse.Namespace) -> int:
    from analysis.sources.add import add_sources

    result = add_sources(
        args.sources, args.seeds, max_bytes=int(args.max_mb * 1024 * 1024), timeout_s=args.timeout
    )
    for err in result.skipped:
        print(err.line(), file=sys.stderr)
    for source, existing in result.already:
        print(f"unchanged {source}: the same bytes are already {existing}")
    for added in result.added:
        print(f"added {added.source} -> {added.text_file}")
    n = len(result.added)
    print(f"added {n} source{'s' * (n != 1)} to {args.seeds} ({len(result.skipped)} skipped)")
    return 1 if result.skipped else 0


def _log_to_stderr() -> None:
    """The library logs; the command line shows its messages as plain lines on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("analysis")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _log_to_stderr()
    handler = {
        "extract": cmd_extract,
        "tables": cmd_tables,
        "build": cmd_build,
        "review": cmd_review,
        "add": cmd_add,
    }[args.command]
    try:
        return handler(args)
    except UsageError as exc:
        print(printable(f"error: {exc}"), file=sys.stderr)
        return 2
    except AnalysisError as exc:
        print(printable(f"error: {exc}"), file=sys.stderr)
        return 2 if args.command != "build" else 1
    except OSError as exc:  # an output path that is a folder, a full disk, no permission
        where = f" ({exc.filename})" if exc.filename else ""
        print(printable(f"error: cannot write output{where}: {exc.strerror or exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
