"""The report build end to end: real notebooks, real HTML and PDF (slow: about a minute)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from analysis.build import ReportSpec, plan_reports, render_report, report_meta, slug
from analysis.dataset.profiles import extract_folder

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

SMALL_DOC = """Smart City Beispielstadt
Bitkom Smart City Atlas12. Mai 20214 min read

Smart City Beispielstadt

Die Stadt Beispielstadt treibt die Digitalisierung voran.

Organisationsstruktur

In Beispielstadt ist der Chief Digital Officer (CDO) im Dezernat für Digitales angesiedelt <script>alert("x")</script> <img src=x onerror=alert(1)> [Link](javascript:alert(1)) **fett** \\input{/etc/passwd}.

Meilensteine

Im März 2019 hat der Rat der Stadt Beispielstadt die Digitalstrategie {{ 7*7 }} $(touch /tmp/pwned-by-seed) `id` beschlossen. Ende 2020 startete das Bürgerportal.

Projektbeispiele:

  • Bürgerportal (Verwaltung):
    Das Portal bündelt Online-Dienste der Stadt Beispielstadt.
"""


def run_build(seeds: Path, out: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--seeds", str(seeds), "--out", str(out), *extra],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=900,
    )


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    first = run_build(REPO / "seeds", out)
    second = run_build(REPO / "seeds", out)
    return out, first, second


@pytest.fixture(scope="session")
def small_seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small-seeds")
    (folder / "beispiel profil.txt").write_text(SMALL_DOC, encoding="utf-8")
    return folder


def expected_names(seeds: Path) -> list[str]:
    return [s.name for s in plan_reports(extract_folder(seeds).dataset)]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_cold_build_succeeds_and_noop_rebuilds_nothing(seeds_build):
    _out, first, second = seeds_build
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert re.search(r"reports: 0 built, \d+ unchanged, 0 failed", second.stderr), second.stderr


def test_every_report_in_both_formats(seeds_build):
    out, _, _ = seeds_build
    names = expected_names(REPO / "seeds")
    assert {"governance-comparison", "strategy-timelines", "city-wuppertal", "city-duesseldorf"} <= set(names)
    for name in names:
        for fmt in ("html", "pdf"):
            assert (out / f"{name}.{fmt}").stat().st_size > 1000, f"{name}.{fmt}"
        assert (out / "notebooks" / f"{name}.ipynb").exists()
    assert (out / "data" / "profiles.json").exists()
    assert sorted(p.stem for p in (out / "data" / "tables").glob("*.csv"))


def test_pdfs_read_like_reports(seeds_build):
    out, _, _ = seeds_build
    cities = ["Bergisch Gladbach", "Bonn", "Düsseldorf", "Wuppertal"]
    for name in expected_names(REPO / "seeds"):
        reader = PdfReader(out / f"{name}.pdf")
        text = pdf_text(out / f"{name}.pdf")
        for bad in ("Traceback", "In [", "Out[", "<Figure", "dtype:", "DataFrame", "NaN", "None"):
            assert bad not in text, f"{name}.pdf contains {bad!r}"
        assert re.search(r"Page 2 of \d+", text), f"{name}.pdf has no page numbers"
        if name.startswith("city-"):
            assert any(c in text for c in cities)
        else:
            for c in cities:
                assert c in text.replace("\n", " "), f"{c} missing from {name}.pdf"
        fonts = set()
        for page in reader.pages:
            for font in (page.get("/Resources") or {}).get("/Font", {}).values():
                desc = font.get_object().get("/DescendantFonts")
                fd = (desc[0].get_object() if desc else font.get_object()).get("/FontDescriptor")
                if fd is not None:
                    fonts.add(any(k in fd.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")))
        assert fonts == {True}, f"{name}.pdf has fonts that are not embedded"


def test_wuppertal_profile_shows_governance_change(seeds_build):
    text = pdf_text(seeds_build[0] / "city-wuppertal.pdf").replace("\n", " ")
    assert "changed" in text and "Head of the IT office is CDO" in text


def test_html_has_no_code_and_embeds_figures(seeds_build):
    out, _, _ = seeds_build
    for name in expected_names(REPO / "seeds"):
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "In&nbsp;[" not in page and 'class="input' not in page and "jp-InputArea" not in page
        assert "data:image/svg+xml;base64," in page, f"{name}.html has no embedded figure"
        assert not re.search(r'<img[^>]+src="(?!data:)', page), f"{name}.html links an external image"
        assert "Figure 1." in page and "Table 1." in page
        assert '<nav class="toc"' in page and 'href="#' in page


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href"]


def test_index_links_resolve(seeds_build):
    out, _, _ = seeds_build
    parser = _Links()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    assert parser.hrefs
    for href in parser.hrefs:
        assert (out / href).exists(), href
    for name in expected_names(REPO / "seeds"):
        assert f"{name}.html" in parser.hrefs and f"{name}.pdf" in parser.hrefs


def test_notebooks_in_git_carry_no_outputs():
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), path.name
        assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in code), path.name


def test_other_seeds_folder_builds_its_cities_and_keeps_markup_inert(small_seeds, tmp_path):
    out = tmp_path / "out"
    result = run_build(small_seeds, out)
    assert result.returncode == 0, result.stderr
    assert (out / "city-beispielstadt.html").exists() and (out / "city-beispielstadt.pdf").exists()
    for name in ("city-beispielstadt", "governance-comparison", "strategy-timelines"):
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "<script" not in page and "<img src=x" not in page and 'href="javascript' not in page, name
        text = pdf_text(out / f"{name}.pdf").replace("\n", " ")
        assert "Beispielstadt" in text
    page = (out / "city-beispielstadt.html").read_text(encoding="utf-8")
    assert re.search(r"&lt;script&gt;alert\((&quot;|\")x(&quot;|\")\)&lt;/script&gt;", page)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "[Link](javascript:alert(1)) **fett**" in page
    assert "{{ 7*7 }} $(touch /tmp/pwned-by-seed) `id`" in page and "\\input{/etc/passwd}" in page
    text = pdf_text(out / "city-beispielstadt.pdf").replace("\n", " ")
    assert '<script>alert("x")</script>' in text and "{{ 7*7 }}" in text
    assert not Path("/tmp/pwned-by-seed").exists()


def test_same_inputs_give_identical_outputs(small_seeds, tmp_path):
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    a, b = tmp_path / "a", tmp_path / "b"
    assert run_build(small_seeds, a, env=env).returncode == 0
    assert run_build(small_seeds, b, env=env).returncode == 0
    for rel in [
        "data/profiles.json",
        "index.html",
        "city-beispielstadt.html",
        "governance-comparison.html",
        "city-beispielstadt.pdf",
        "strategy-timelines.pdf",
        *[f"data/tables/{p.name}" for p in (a / "data" / "tables").glob("*.csv")],
    ]:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert "2023-11-14" in (a / "index.html").read_text(encoding="utf-8")


def test_failing_notebook_fails_only_its_report(small_seeds, tmp_path):
    dataset = extract_folder(small_seeds).dataset
    out = tmp_path / "out"
    profiles = out / "data" / "profiles.json"
    profiles.parent.mkdir(parents=True)
    profiles.write_text(json.dumps(dataset), encoding="utf-8")
    spec = ReportSpec(
        "city-atlantis", "city_profile.ipynb", "Atlantis", "City profile", "", {"city": "Atlantis"}, ()
    )
    meta = report_meta(spec, dataset, "b")
    outcome = render_report(spec, str(profiles), str(out), ("html", "pdf"), meta)
    assert not outcome.ok
    assert "notebooks/city_profile.ipynb" in outcome.message and "cell" in outcome.message
    assert "ParameterError" in outcome.message and "Beispielstadt" in outcome.message
    assert "\n" not in outcome.message
    assert not any(out.glob("city-atlantis.*")) and not (out / "notebooks" / "city-atlantis.ipynb").exists()


def test_second_build_into_same_folder_is_refused(small_seeds, tmp_path):
    from filelock import FileLock

    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / ".build.lock")):
        result = run_build(small_seeds, out)
    assert result.returncode != 0
    assert "another build" in result.stderr and "Traceback" not in result.stderr
    assert not any(out.glob("*.html"))


def test_slug_is_ascii_and_readable():
    assert slug("Düsseldorf") == "duesseldorf"
    assert slug("Bergisch Gladbach") == "bergisch-gladbach"
    assert slug("Frankfurt (Oder)") == "frankfurt-oder"


def test_notebook_runs_as_is_without_a_build(tmp_path):
    """Opened in JupyterLab before any build: the notebook extracts ../seeds itself."""
    import papermill

    out = tmp_path / "city.ipynb"
    papermill.execute_notebook(
        str(REPO / "notebooks" / "city_profile.ipynb"),
        str(out),
        parameters={"profiles_path": str(tmp_path / "missing.json")},
        kernel_name="python3",
        progress_bar=False,
        cwd=str(REPO / "notebooks"),
    )
    nb = json.loads(out.read_text(encoding="utf-8"))
    html = "".join(
        "".join(o.get("data", {}).get("text/html", "")) for c in nb["cells"] for o in c.get("outputs", [])
    )
    assert "Bergisch Gladbach" in html and "Figure 1." in html  # the default: the first city found
