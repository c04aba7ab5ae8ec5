"""The report build end to end: real notebooks, real HTML and PDF.

The tests that read built reports share the session's one build of the seeds
(`built_reports` in conftest.py); the hostile-markup and reproducibility tests share one
small build of an invented city (`small_build`). What a change of input rebuilds is in
tests/test_rebuilds.py."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import BuiltReports, pdf_outline_pages, pdf_page_texts, pdf_reader, run_build

from analysis.build import ReportSpec, plan_reports, render_report, report_meta, slug
from analysis.dataset.profiles import extract_folder

REPO = Path(__file__).resolve().parents[1]
slow = pytest.mark.slow

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


EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


@pytest.fixture(scope="session")
def small_seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small-seeds")
    (folder / "beispiel profil.txt").write_text(SMALL_DOC, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def small_build(small_seeds, tmp_path_factory):
    """One build of the invented city (three reports, English), at a fixed build time."""
    out = tmp_path_factory.mktemp("small-build")
    return out, run_build(small_seeds, out, env=EPOCH)


def expected_names(seeds: Path, langs=("en",)) -> list[str]:
    return [s.name for s in plan_reports(extract_folder(seeds).dataset, langs)]


def page_texts(path: Path) -> tuple[str, ...]:
    """The text of each page of a built PDF, extracted once per session (pypdf is slow, and
    several tests read the same reports of the shared build)."""
    return pdf_page_texts(path)


def pdf_text(path: Path) -> str:
    return "\n".join(page_texts(path))


@slow
def test_cold_build_succeeds_and_noop_rebuilds_nothing(built_reports: BuiltReports):
    first, second = built_reports.cold, built_reports.again
    assert first.returncode == 0, first.stderr
    assert "Traceback" not in first.stderr
    assert re.search(r"reports: 0 built, \d+ unchanged, 0 failed", second.stderr), second.stderr


@slow
def test_every_report_in_both_formats(built_reports: BuiltReports):
    out = built_reports.out
    names = expected_names(REPO / "seeds")
    assert {"governance-comparison", "strategy-timelines", "city-wuppertal", "city-duesseldorf"} <= set(names)
    for name in names:
        for fmt in ("html", "pdf"):
            assert (out / f"{name}.{fmt}").stat().st_size > 1000, f"{name}.{fmt}"
        assert (out / "notebooks" / f"{name}.ipynb").exists()
    assert (out / "data" / "profiles.json").exists()
    assert sorted(p.stem for p in (out / "data" / "tables").glob("*.csv"))


@slow
def test_pdfs_read_like_reports(built_reports: BuiltReports):
    out = built_reports.out
    cities = ["Bergisch Gladbach", "Bonn", "Düsseldorf", "Wuppertal"]
    for name in expected_names(REPO / "seeds"):
        reader = pdf_reader(out / f"{name}.pdf")
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


@slow
def test_wuppertal_profile_shows_governance_change(built_reports: BuiltReports):
    text = " ".join(pdf_text(built_reports.out / "city-wuppertal.pdf").split())
    assert "In Wuppertal the CDO function moved" in text and "to the head of the IT office" in text
    assert "What changed" in text and "before" in text and "after" in text


@slow
def test_html_has_no_code_and_embeds_figures(built_reports: BuiltReports):
    out = built_reports.out
    for name in expected_names(REPO / "seeds"):
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "In&nbsp;[" not in page and 'class="input' not in page and "jp-InputArea" not in page
        # a timeline with one marker is not drawn (Bergisch Gladbach's profile): figures where drawn
        assert "<figure" not in page or "data:image/svg+xml;base64," in page, (
            f"{name}.html: figure not embedded"
        )
        assert not re.search(r'<img[^>]+src="(?!data:)', page), f"{name}.html links an external image"
        assert ("Figure 1." in page or "<figure" not in page) and "<caption><b>Table 1.</b>" in page
        assert '<nav class="toc"' in page and 'href="#' in page
        assert '<html lang="en">' in page
        assert not re.search(r'<table[^>]*lang="de"', page), (
            f"{name}.html: a whole table hyphenated as German"
        )
        assert 'alt="Figure' not in page and not re.search(
            r'alt="([^"]*)"[^>]*/><figcaption><b>Figure \d+\.</b> \1<', page
        )


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href"]


@slow
def test_index_links_resolve(built_reports: BuiltReports):
    out = built_reports.out
    parser = _Links()
    parser.feed((out / "index.html").read_text(encoding="utf-8"))
    assert parser.hrefs
    for href in parser.hrefs:
        assert (out / href).exists(), href
    for name in expected_names(REPO / "seeds", ("en", "de")):
        assert f"{name}.html" in parser.hrefs and f"{name}.pdf" in parser.hrefs


def test_notebooks_in_git_carry_no_outputs():
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), path.name
        assert any("parameters" in c.get("metadata", {}).get("tags", []) for c in code), path.name


def test_notebook_cells_carry_unique_ids():
    # nbformat gives a cell whose id is missing or repeated a random new one on every run:
    # the reports' HTML would then differ from build to build (cell ids are in the markup)
    for path in sorted((REPO / "notebooks").glob("*.ipynb")):
        ids = [c.get("id") for c in json.loads(path.read_text(encoding="utf-8"))["cells"]]
        assert all(ids) and len(set(ids)) == len(ids), path.name


@slow
def test_other_seeds_folder_builds_its_cities_and_keeps_markup_inert(small_build):
    out, result = small_build
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


@slow
def test_same_inputs_give_identical_outputs(small_seeds, small_build, tmp_path):
    a, first = small_build
    b = tmp_path / "b"
    assert first.returncode == 0, first.stderr
    assert run_build(small_seeds, b, env=EPOCH).returncode == 0
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
    assert "14 November 2023" in (a / "index.html").read_text(encoding="utf-8")


@slow
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


@slow
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


@slow
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
    assert "Bergisch Gladbach" in html and "Table 1." in html  # the default: the first city found


@slow
@pytest.mark.parametrize("name", ["governance-comparison", "strategy-timelines"])
def test_comparisons_open_with_key_findings_on_page_1_or_2(built_reports: BuiltReports, name):
    out = built_reports.out
    for lang_name, heading in ((name, "Key findings"), (f"{name}-de", "Wichtigste Ergebnisse")):
        outline = pdf_outline_pages(out / f"{lang_name}.pdf")
        assert outline[heading] <= 1, lang_name
        page = page_texts(out / f"{lang_name}.pdf")[outline[heading]]
        assert re.search(rf"{heading}\s", page) and re.search(r"\n1\.? ", page), lang_name


@slow
def test_city_profiles_open_with_a_fact_box(built_reports: BuiltReports):
    out = built_reports.out
    for name in expected_names(REPO / "seeds"):
        if name.startswith("city-"):
            assert pdf_outline_pages(out / f"{name}.pdf")["At a glance"] <= 1, name
            text = " ".join(pdf_text(out / f"{name}.pdf").split())
            for label in ("Strategy", "Chief Digital Officer", "Sources"):
                assert label in text, (name, label)


DOC_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}\b")


@slow
def test_prose_has_no_offsets_or_document_ids(built_reports: BuiltReports):
    out = built_reports.out
    for name in expected_names(REPO / "seeds", ("en", "de")):
        heading = "Technischer Anhang" if name.endswith("-de") else "Technical appendix"
        appendix = pdf_outline_pages(out / f"{name}.pdf")[heading]
        before = "\n".join(page_texts(out / f"{name}.pdf")[:appendix])
        assert not re.search(r"(characters|Zeichen) \d+\s*[–-]\s*\d+", pdf_text(out / f"{name}.pdf")), name
        assert not DOC_ID.search(before), f"{name}: a document id before the technical appendix"
        assert "sha256" not in before.lower() and "Parameters:" not in before, name


@slow
def test_pdfs_are_tagged_and_identify_as_pdf_a(built_reports: BuiltReports):
    out = built_reports.out
    for name in expected_names(REPO / "seeds", ("en", "de")):
        reader = pdf_reader(out / f"{name}.pdf")
        root = reader.trailer["/Root"]
        assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root, name
        xmp = root["/Metadata"].get_object().get_data()
        assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="A"' in xmp, name
        assert root["/Lang"] == ("de" if name.endswith("-de") else "en"), name
        assert reader.metadata.title, name


ENGLISH_HEADINGS = (
    "Key findings",
    "Contents",
    "At a glance",
    "What changed",
    "Typology",
    "Technical appendix",
    "Figure 1",
    "Table 1",
    "Page 2",
    "Strategy timeline",
    "Appendix",
)


@slow
def test_german_reports_are_german(built_reports: BuiltReports):
    out = built_reports.out
    for name in expected_names(REPO / "seeds", ("de",)):
        text = " ".join(pdf_text(out / f"{name}.pdf").split())
        drawn = "<figure" in (out / f"{name}.html").read_text(
            encoding="utf-8"
        )  # one-marker timelines are not
        for word in (
            "Inhalt",
            "Abbildung 1" if drawn else "Inhalt",
            "Tabelle 1",
            "Seite 2 von",
            "Quellenverzeichnis",
        ):
            assert word in text, (name, word)
        for english in ENGLISH_HEADINGS:
            assert english not in text, (name, english)
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert '<html lang="de">' in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="governance-comparison-de.pdf"' in index and 'href="governance-comparison.pdf"' in index
