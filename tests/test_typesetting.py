"""Typesetting of the report HTML: German words carry lang="de" inside English text, long
German compounds break only at their joints (soft hyphens), table columns are as wide as
their longest unbreakable word, and the stylesheet never breaks a word without a hyphen.
Examples are invented (no seed or development text)."""

from __future__ import annotations

import re

from analysis.reporting.render import css
from analysis.reporting.typesetting import (
    SOFT_HYPHEN,
    compound_joints,
    fit_columns,
    hyphenate_german,
    is_german,
    plain,
    typeset,
)


def _page(body: str, lang: str = "en") -> str:
    return f'<html lang="{lang}"><head><style>td {{ }}</style></head><body>{body}</body></html>'


def _german_syllables(word: str) -> set[int]:
    import pyphen

    return set(pyphen.Pyphen(lang="de_DE").positions(word))


def _cuts(hyphenated: str) -> list[int]:
    pieces = hyphenated.split(SOFT_HYPHEN)
    return [sum(len(p) for p in pieces[: i + 1]) for i in range(len(pieces) - 1)]


def test_compounds_split_at_their_joints_after_the_linking_s() -> None:
    assert hyphenate_german("Informationstechnik") == f"Informations{SOFT_HYPHEN}technik"
    assert "schafts" + SOFT_HYPHEN + "förderung" in hyphenate_german("Wirtschaftsförderung")
    assert "stellen" + SOFT_HYPHEN + "leitung" in hyphenate_german("Stabsstellenleitung")


def test_every_break_is_a_german_syllable_boundary() -> None:
    for word in [
        "Wirtschaftsförderung",
        "Stabsstellenleitung",
        "Bürgerbeteiligungsverfahren",
        "Digitalisierungsbeauftragter",
        "Verwaltungsdigitalisierung",
    ]:
        assert set(_cuts(hyphenate_german(word))) <= _german_syllables(word), hyphenate_german(word)


def test_english_style_breaks_never_occur_in_german_compounds() -> None:
    for word, wrong in [
        ("Informationstechnik", "Information" + SOFT_HYPHEN),
        ("Stabsstellenleitung", "Stabss" + SOFT_HYPHEN),
    ]:
        assert wrong not in hyphenate_german(word)


def test_short_words_and_non_compounds_stay_whole() -> None:
    assert hyphenate_german("Stadt") == "Stadt"
    assert hyphenate_german("angegeben") == "angegeben"
    assert compound_joints("Musterhausen") == () or "Muster" in hyphenate_german("Musterhausen")


def test_a_long_part_without_joint_breaks_at_german_syllables() -> None:
    word = hyphenate_german("Digitalisierungsbeauftragter")
    assert SOFT_HYPHEN in word and plain(word) == "Digitalisierungsbeauftragter"
    for piece in word.split(SOFT_HYPHEN):
        assert len(piece) <= 13


def test_german_words_are_told_from_english_and_from_acronyms() -> None:
    assert is_german("Stabsstelle") and is_german("Oberbürgermeister") and is_german("Dezernat")
    assert not is_german("staff") and not is_german("CDO") and not is_german("office")


def test_german_names_inside_english_text_carry_lang_de() -> None:
    out = typeset(_page("<p>the CDO heads the Amt für Informationstechnik und Digitalisierung.</p>"), "en")
    span = re.search(r'<span lang="de">([^<]*)</span>', out)
    assert span, out
    assert plain(span.group(1)) == "Amt für Informationstechnik und Digitalisierung"
    assert "the CDO heads the" in out.split('<span lang="de">')[0]


def test_text_already_german_is_hyphenated_but_not_wrapped_again() -> None:
    out = typeset(_page('<blockquote lang="de"><p>Die Stabsstellenleitung berichtet.</p></blockquote>'), "en")
    assert '<span lang="de">' not in out
    assert "Stabs" + SOFT_HYPHEN in out


def test_a_german_report_hyphenates_everywhere_and_marks_nothing() -> None:
    out = typeset(_page("<td>Wirtschaftsförderung</td>", "de"), "de")
    assert "schafts" + SOFT_HYPHEN + "förderung" in out and "<span" not in out


def test_markup_styles_and_attributes_are_left_alone() -> None:
    page = _page('<img alt="Stabsstelle Informationstechnik"/><code>Informationstechnik</code>')
    out = typeset(page, "en")
    assert 'alt="Stabsstelle Informationstechnik"' in out
    assert "<code>Informationstechnik</code>" in out


def test_day_and_month_stay_on_one_line() -> None:
    out = typeset(_page("<td>9. November 2017</td><td>on 9 November 2017</td>", "de"), "de")
    assert "9.\u00a0November" in out and "9\u00a0November" in out


def test_fixed_columns_widen_to_their_longest_word_header_included() -> None:
    table = (
        '<table class="fixed"><colgroup><col style="width:3em"/><col style="width:20em"/><col/></colgroup>'
        "<thead><tr><th>Zuständigkeit</th><th>b</th><th>c</th></tr></thead>"
        "<tbody><tr><td>x</td><td>kurz</td><td>Musterstadt</td></tr></tbody></table>"
    )
    out = fit_columns(table)
    widths = [float(w) for w in re.findall(r"width:([0-9.]+)em", out)]
    assert widths[0] >= len("Zuständigkeit") * 0.7  # bold header fits
    assert widths[1] == 20.0  # wide enough already: kept
    assert out.count("<col/>") == 1  # a column without width still shares the rest


def test_soft_hyphens_let_a_column_stay_narrow() -> None:
    word = hyphenate_german("Informationstechnik")
    table = (
        '<table class="fixed"><colgroup><col style="width:5em"/></colgroup>'
        f"<tbody><tr><td>{word}</td></tr></tbody></table>"
    )
    wide = fit_columns(table.replace(word, "Informationstechnik"))
    narrow = fit_columns(table)
    assert float(re.search(r"width:([0-9.]+)em", narrow).group(1)) < float(
        re.search(r"width:([0-9.]+)em", wide).group(1)
    )


def test_stylesheet_never_breaks_a_word_without_a_hyphen() -> None:
    sheet = re.sub(r"/\*.*?\*/", "", css(), flags=re.S)
    assert "break-word" not in sheet and "overflow-wrap: anywhere" not in sheet
    assert re.search(r"th, td[^{]*\{[^}]*overflow-wrap: normal", sheet)


def test_tables_of_automatic_layout_keep_no_soft_hyphens() -> None:
    """WeasyPrint sizes an automatic table wider than the page when its cells have soft
    hyphens; such a table sizes its columns to its words by itself."""
    auto = typeset(_page("<table><tr><td>Wirtschaftsförderung</td></tr></table>", "de"), "de")
    fixed = typeset(_page('<table class="fixed"><tr><td>Wirtschaftsförderung</td></tr></table>', "de"), "de")
    assert SOFT_HYPHEN not in auto and SOFT_HYPHEN in fixed


def test_character_references_are_never_split_or_wrapped() -> None:
    text = "Forschung &amp; Entwicklung &lt;script&gt;alert(&quot;Stabsstelle&quot;) &#x27;Amt&#x27;"
    out = typeset(_page(f"<p>{text}</p>"), "en")
    for ref in ("&amp;", "&lt;", "&gt;", "&quot;", "&#x27;"):
        assert out.count(ref) == text.count(ref), ref


def test_a_german_word_before_punctuation_is_still_marked() -> None:
    out = typeset(_page("<p>It sits in the Stabsstelle; the Dezernat agrees.</p>"), "en")
    assert out.count('<span lang="de">') == 2


def test_headings_and_contents_stay_plain_text() -> None:
    """Headings are the PDF's bookmarks: a soft hyphen in one would be in the bookmark."""
    out = typeset(
        _page('<nav><a href="#w">Wichtigste Ergebnisse</a></nav><h2 id="w">Wirtschaftsförderung</h2>', "de"),
        "de",
    )
    assert SOFT_HYPHEN not in out


def test_a_table_whose_words_need_more_than_the_page_is_set_smaller_with_every_column_fitted():
    from analysis.reporting.typesetting import PAGE_EM, SMALLEST_PT, TABLE_PT, fit_columns

    head = "".join(f"<th>Ansiedlungsform{i}</th>" for i in range(6))
    body = "".join(f"<td>Informationstechnik{i}</td>" for i in range(6))
    table = (
        '<table class="fixed"><colgroup>'
        + '<col style="width:4em"/>' * 3
        + "<col/>" * 3
        + f"</colgroup><thead><tr>{head}</tr></thead><tbody><tr>{body}</tr></tbody></table>"
    )
    fitted = fit_columns(table)
    widths = [float(w) for w in re.findall(r'<col style="width:([0-9.]+)em"/>', fitted)]
    assert len(widths) == 6 and min(widths) > 10  # no column narrower than its words
    size = float(re.search(r"font-size:([0-9.]+)pt", fitted).group(1))
    assert SMALLEST_PT <= size < TABLE_PT and sum(widths) > PAGE_EM


def test_a_table_that_fits_keeps_its_size_and_its_free_columns():
    from analysis.reporting.typesetting import fit_columns

    table = (
        '<table class="fixed"><colgroup><col style="width:6em"/><col/></colgroup>'
        "<tbody><tr><td>Bonn</td><td>im Amt</td></tr></tbody></table>"
    )
    assert fit_columns(table) == table


def test_weasyprint_german_dictionary_breaks_only_at_german_breaks() -> None:
    """Pyphen's German patterns allow "Stab|sstelle"; WeasyPrint's own hyphenation of German
    (cells of automatic tables) uses the report's breaks instead."""
    import pyphen

    from analysis.reporting.typesetting import GermanDictionary

    assert ("Stab", "sstelle") in list(pyphen.Pyphen(lang="de_DE").iterate("Stabsstelle"))
    assert list(GermanDictionary().iterate("Stabsstelle")) == [("Stabs", "stelle")]
    assert list(GermanDictionary().iterate("Informationstechnik")) == [("Informations", "technik")]
