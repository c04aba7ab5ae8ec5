"""Every evidence quote is the exact slice of the decoded source text (seeds and generated documents)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from conftest import REPO_ROOT, iter_evidence
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.dataset.profiles import extract_folder


def decoded_text(root: Path, doc: dict) -> str:
    src = doc["source"]
    data = (root / src["path"]).read_bytes()
    return data.decode(src["encoding"], errors=src.get("errors", "strict"))


def evidence_problems(root: Path, dataset: dict) -> list[str]:
    problems = []
    for doc in dataset["documents"]:
        raw = decoded_text(root, doc)
        for where, ev in iter_evidence(doc):
            start, end, quote = ev["start"], ev["end"], ev["quote"]
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(raw)):
                problems.append(
                    f"{doc['doc_id']} {where}: bad offsets {start}..{end} (text length {len(raw)})"
                )
            elif raw[start:end] != quote:
                problems.append(
                    f"{doc['doc_id']} {where}: raw[{start}:{end}]={raw[start:end]!r} != quote {quote!r}"
                )
            elif not quote.strip():
                problems.append(f"{doc['doc_id']} {where}: empty quote")
    return problems


def test_seed_evidence_is_exact(profiles, seeds_dir):
    problems = evidence_problems(seeds_dir, profiles)
    assert not problems, "\n".join(problems[:30])


def test_seed_evidence_covers_every_fact_list(profiles):
    """Sanity: the seeds have evidence in every category the check walks through."""
    wheres = {
        where.split("[")[0].split(" ")[0] for doc in profiles["documents"] for where, _ in iter_evidence(doc)
    }
    for key in (
        "governance.evidence",
        "governance.units",
        "events",
        "projects",
        "funding",
        "partners",
        "people",
        "themes",
        "governance.decisions",
        "governance.bundling",
        "governance.broadband",
    ):
        assert key in wheres, f"no evidence of kind {key} in the seeds"


# --- property test: shuffled seed paragraphs, noise, encodings, line ends ------------------


def _seed_lines() -> list[str]:
    lines = []
    for p in sorted((REPO_ROOT / "seeds").glob("*.txt")):
        lines += [line for line in p.read_text("utf-8").split("\n") if line.strip()]
    return lines


SEED_LINES = _seed_lines()
FURNITURE = [
    "Skip to content",
    "avatar",
    "Foto: Erika Knipser",
    "Image Sources: Archiv, ID 42",
    "Wir nutzen Cookies. Mehr in der Datenschutzerklärung.",
    "Weitere Meldungen",
    "[03.04.2023] Der Nachbarort Talhausen meldet Neues. mehr...",
    "Dienstag, 5. März 2024",
    "Bitkom Smart City Atlas19. März 20193 min read",
    "JETZT ANMELDEN!",
    "Organisationsstruktur",
    "Meilensteine",
    "Projektbeispiele:",
    "  • Bürgerportal (Verwaltung):",
    "Oberbürgermeisterin Anna Beispiel sagt: „Die Stadt Musterstadt wird bis 2030 digital.“",
    "Der Chief Digital Officer (CDO) ist im Dezernat für Finanzen angesiedelt.",
]
NOISE_ALPHABET = st.sampled_from(
    list(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜß0123456789 .,;:!?-–„“»«\"'()[]/&€\t\xa0é"
    )
)
noise_line = st.text(alphabet=NOISE_ALPHABET, min_size=1, max_size=120)
line = st.one_of(st.sampled_from(SEED_LINES), st.sampled_from(FURNITURE), noise_line)
document = st.tuples(
    st.lists(line, min_size=1, max_size=25),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    st.booleans(),  # CRLF line ends
    st.sampled_from(["\n", "\n\n"]),
)


def _encode(text: str, codec: str) -> bytes:
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return text.encode("utf-8")  # cp1252 cannot hold every character; fall back


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(st.lists(document, min_size=1, max_size=3))
def test_generated_documents_evidence_is_exact(docs):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        originals = {}
        for i, (lines, codec, crlf, sep) in enumerate(docs):
            text = sep.join(lines) + "\n"
            if crlf:
                text = text.replace("\n", "\r\n")
            data = _encode(text, codec)
            if not text.strip():
                continue
            (root / f"doc{i:02d}.txt").write_bytes(data)
            originals[f"doc{i:02d}"] = (text, data)
        result = extract_folder(root)
        docs_out = result.dataset["documents"]
        assert len(docs_out) + len(result.skipped) == len(originals)
        for doc in docs_out:
            text, data = originals[doc["doc_id"]]
            raw = decoded_text(root, doc)
            if "errors" not in doc["source"]:
                # Lossless decoding: the text the offsets refer to is the text that was written,
                # CRLF included (no newline translation).
                assert raw == text, (doc["source"], raw[:80], text[:80])
        problems = evidence_problems(root, result.dataset)
        assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("crlf", [False, True])
def test_whole_seed_reencoded_evidence_is_exact(tmp_path, seeds_dir, codec, crlf):
    """A seed re-encoded and with CRLF line ends gives the same facts at shifted, still exact offsets."""
    src = seeds_dir / "003_767a1c78fbc1d98b.txt"
    if not src.is_file():
        pytest.skip("seed 003 is absent")
    text = src.read_text("utf-8")
    if crlf:
        text = text.replace("\n", "\r\n")
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        pytest.skip(f"seed text is not encodable in {codec}")
    (tmp_path / "doc.txt").write_bytes(data)
    result = extract_folder(tmp_path)
    doc = result.dataset["documents"][0]
    assert doc["source"]["encoding"] == codec
    assert doc["city"] == "Düsseldorf"
    problems = evidence_problems(tmp_path, result.dataset)
    assert not problems, "\n".join(problems[:20])
