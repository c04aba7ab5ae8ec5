"""Shared helpers for the benchmark scripts: paths, measured subprocess runs (wall time and
peak RSS of the whole process tree), a synthetic corpus generator built from the seeds,
and plain-text tables."""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
NOTEBOOKS = REPO / "notebooks"
DEFAULT_OUT = REPO / "benchmarks" / "out"
BIN = Path(sys.executable).parent  # the venv's bin/ (papermill, jupyter)
PY = sys.executable
GiB = 1024**3

if str(REPO) not in sys.path:  # `python benchmarks/x.py` from anywhere
    sys.path.insert(0, str(REPO))


# --- measuring -----------------------------------------------------------------------------


class TreeMonitor:
    """Poll the RSS of a process and all its descendants every `interval` s; keep the peak sum.
    Without psutil, falls back to getrusage(RUSAGE_CHILDREN).ru_maxrss (largest single child)."""

    def __init__(self, pid: int | None = None, interval: float = 0.05):
        self.pid, self.interval, self.peak = pid or os.getpid(), interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self.method = "psutil tree poll"
        if importlib.util.find_spec("psutil") is None:
            self.method = "ru_maxrss (children)"

    def _poll(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    total += p.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMonitor:
        if self.method.startswith("psutil"):
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
        if not self.method.startswith("psutil"):
            import resource

            self.peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024


@dataclass
class Run:
    cmd: list[str]
    seconds: float
    peak_rss: int
    returncode: int
    stdout: str
    stderr: str


def run(cmd: list, cwd: Path | None = None, check: bool = True) -> Run:
    """Run a command, measuring wall time and the peak RSS of its process tree."""
    cmd = [str(c) for c in cmd]
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    )
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=str(cwd or REPO),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    with TreeMonitor(proc.pid) as mon:
        out, err = proc.communicate()
    result = Run(cmd, time.perf_counter() - started, mon.peak, proc.returncode, out, err)
    if check and proc.returncode != 0:
        raise RuntimeError(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    return result


# --- synthetic corpora ---------------------------------------------------------------------

PREFIXES = [
    "Nord",
    "Süd",
    "Ost",
    "West",
    "Alt",
    "Neu",
    "Ober",
    "Nieder",
    "Grün",
    "Hoch",
    "Tal",
    "Eichen",
    "Linden",
    "Birken",
    "Rosen",
    "Stein",
    "Sonnen",
    "Mühl",
    "Kirch",
    "Falken",
]
SUFFIXES = [
    "hafen",
    "burg",
    "feld",
    "stadt",
    "dorf",
    "heim",
    "bach",
    "berg",
    "au",
    "furt",
    "brück",
    "hausen",
    "ingen",
    "stedt",
    "hagen",
    "rode",
    "wald",
]
FIRST_NAMES = [
    "Anna",
    "Jonas",
    "Leonie",
    "Mehmet",
    "Katrin",
    "Lukas",
    "Sabine",
    "Tobias",
    "Ines",
    "Florian",
    "Miriam",
    "Stefan",
    "Jana",
    "Ole",
    "Petra",
    "Yusuf",
]
LAST_NAMES = [
    "Brenner",
    "Kowalski",
    "Hartmann",
    "Lindqvist",
    "Albers",
    "Yilmaz",
    "Kessler",
    "Vogt",
    "Reinholz",
    "Petersen",
    "Marquardt",
    "Engel",
    "Dietrich",
    "Okafor",
    "Seidel",
    "Brandt",
]
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?=\D|$|\d\s*min)")  # "20193 min read" = 2019 + "3 min"


def city_names(n: int, rng: random.Random) -> list[str]:
    """n distinct invented city names from syllables (Nordhafen, Lindenfeld, ...)."""
    pool = [p + s for p in PREFIXES for s in SUFFIXES if not p.lower().endswith(s)]
    if n > len(pool):
        raise ValueError(f"at most {len(pool)} distinct city names")
    return rng.sample(pool, n)


@dataclass
class Template:
    name: str
    text: str
    city: str | None
    people: list[str]
    prefix: list[str]
    sections: list[list[str]]
    suffix: list[str]


def _split(text: str) -> tuple[list[str], list[list[str]], list[str]]:
    """(prefix, sections, suffix) as lists of lines, using the package's own segmentation:
    a section runs from a heading after the lead to the next heading; the body ends at the
    first page-furniture line after the first such heading."""
    from analysis.reading.cleaner import segment

    lines = text.split("\n")

    def line_of(b) -> int:
        return text.count("\n", 0, b.start)

    heads, end, seen_content = [], len(lines), False
    for b in segment(text):
        if b.kind == "content":
            seen_content = True
        elif b.kind == "heading" and seen_content:
            heads.append(line_of(b))
        elif b.kind == "page" and heads:
            end = line_of(b)
            break
    if len(heads) < 2:
        return lines, [], []
    bounds = [*heads, end]
    return lines[: heads[0]], [lines[a:b] for a, b in itertools.pairwise(bounds)], lines[end:]


def load_templates(seeds: Path = SEEDS) -> list[Template]:
    """Seeds split into prefix / sections (heading + paragraphs) / suffix (page furniture),
    with their city and people as the extractor sees them."""
    from analysis.dataset.profiles import extract_folder

    docs = {Path(d["source"]["path"]).name: d for d in extract_folder(seeds).dataset["documents"]}
    out = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = docs.get(path.name, {})
        people = [p["name"] for p in doc.get("people", []) if len(p["name"].split()) >= 2]
        out.append(Template(path.name, text, doc.get("city"), people, *_split(text)))
    return out


def synthesize(t: Template, city: str, rng: random.Random) -> str:
    """One document from a template: new city, shifted years, shuffled/duplicated sections,
    other people."""
    sections = list(t.sections)
    rng.shuffle(sections)
    if sections and rng.random() < 0.4:
        sections.insert(rng.randrange(len(sections) + 1), rng.choice(sections))
    if len(sections) > 3 and rng.random() < 0.2:
        sections.pop(rng.randrange(len(sections)))
    text = "\n".join(t.prefix + [line for s in sections for line in s] + t.suffix)
    if t.city:
        text = text.replace(t.city, city).replace(t.city.lower(), city.lower())
    for person in t.people:
        _first, *_, last = person.split()
        new_first, new_last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        text = text.replace(person, f"{new_first} {new_last}")
        text = re.sub(rf"\b{re.escape(last)}\b", new_last, text)
    delta = rng.randint(-4, 4)
    return _YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)


# Of the places a corpus draws from the register, about one in eight is a county (Germany
# has about 400 districts beside its 11,000 municipalities; a national comparison is read
# by associations of both).
COUNTY_SHARE = 0.125


def register_places(n: int, rng: random.Random, county_share: float = COUNTY_SHARE) -> list[str]:
    """n distinct real places from the municipality register (the gazetteer): their Länder,
    sizes and kinds are real. Larger places are likelier (weight: the square root of the
    population, so a city of 400,000 is drawn 20 times as often as a village of 1,000, yet
    small places still make up much of the mix), and about `county_share` of them are
    counties. Only names the extraction reads as that place (one of the many "Neustadt"
    would be read as another)."""
    from analysis.extraction.gazetteer import Place, index

    # A written form that one municipality alone bears ("Musterau" is no short form of
    # "Musterau am See" as well) names that municipality, even where a county shares its
    # name (a city text means the city); a county is drawn only by a name no municipality
    # bears.
    bearer: dict[str, Place] = {}
    for forms in index().values():
        for form, places in forms.items():
            towns_named = [p for p in places if p.kind == "m"]
            named = towns_named or places
            if len(named) == 1 and named[0].name == form and named[0].state:
                bearer[form] = named[0]
    counties = sorted(n for n, p in bearer.items() if p.kind == "d")
    towns = sorted(n for n, p in bearer.items() if p.kind == "m")
    n_counties = min(len(counties), round(n * county_share))
    chosen = _weighted_sample(counties, [bearer[c].population for c in counties], n_counties, rng)
    chosen += _weighted_sample(towns, [bearer[t].population for t in towns], n - n_counties, rng)
    if len(chosen) < n:
        raise ValueError(f"at most {len(counties) + len(towns)} distinct places in the register")
    rng.shuffle(chosen)
    return chosen


def _weighted_sample(names: list[str], populations: list[int], k: int, rng: random.Random) -> list[str]:
    """k distinct names, each drawn with a weight of the square root of its population
    (Efraimidis–Spirakis: the k largest keys u ** (1 / weight))."""
    keys = [
        (rng.random() ** (1 / max(1.0, pop**0.5)), name) for name, pop in zip(names, populations, strict=True)
    ]
    return [name for _key, name in sorted(keys, reverse=True)[:k]]


def make_corpus(
    dest: Path, n_docs: int, n_cities: int | None = None, seed: int = 1, real_places: bool = False
) -> dict[str, str]:
    """Write n_docs synthetic documents to dest; returns {file name: intended place}.
    The places are invented names (Nordhafen, Lindenfeld, ...) or, with `real_places`, drawn
    from the municipality register (`register_places`)."""
    rng = random.Random(seed)
    templates = [t for t in load_templates() if t.city]
    n_places = n_cities or max(1, min(n_docs // 3, 300))
    cities = register_places(n_places, rng) if real_places else city_names(n_places, rng)
    dest.mkdir(parents=True, exist_ok=True)
    written = {}
    for i in range(n_docs):
        city = cities[i % len(cities)]
        name = f"syn{i:05d}.txt"
        (dest / name).write_text(synthesize(rng.choice(templates), city, rng), encoding="utf-8")
        written[name] = city
    return written


# --- output --------------------------------------------------------------------------------


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in r] for r in [headers, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]

    def line(r: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )

    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *map(line, cells[1:])])


def verdict(ok: bool) -> str:
    return "pass" if ok else "MISS"


def mib(n: int) -> str:
    return f"{n / 1024**2:,.0f} MiB"


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"\nresults: {path}")


def machine() -> dict:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "loadavg_at_start": load,
        "time": time.strftime("%Y-%m-%d %H:%M:%S"),
    }
