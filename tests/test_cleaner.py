"""Segmenting a page into content, headings, header meta and page furniture (synthetic texts)."""

from __future__ import annotations

import pytest

from analysis.reading.cleaner import segment

BODY_1 = (
    "Die Gemeinde Beispielhausen hat im vergangenen Jahr ihre Bürgerdienste neu geordnet. Anträge für "
    "Wohngeld und Anwohnerparkausweise lassen sich seither online stellen, und die Bearbeitungszeiten sind "
    "nach Angaben der Verwaltung deutlich gesunken."
)
BODY_2 = (
    "Für die Umsetzung ist das neu gegründete Digitalbüro im Rathaus verantwortlich. Es arbeitet eng mit den "
    "Fachämtern zusammen und berichtet dem Gemeinderat zweimal im Jahr über den Stand der Vorhaben."
)
BODY_3 = (
    "Künftig sollen auch die Schulen der Gemeinde an das neue Glasfasernetz angeschlossen werden, damit "
    "Lehrkräfte und Schüler digitale Lernangebote ohne Wartezeiten nutzen können."
)


def kinds(text: str) -> dict[str, tuple[str, str | None]]:
    """line text -> (kind, reason)"""
    return {b.text: (b.kind, b.reason) for b in segment(text)}


def kind_of(text: str, line: str) -> str:
    found = kinds(text)
    assert line in found, f"{line!r} not among the blocks: {list(found)}"
    return found[line][0]


def framed(line: str) -> str:
    """A furniture candidate between two real paragraphs."""
    return f"{BODY_1}\n\n{line}\n\n{BODY_2}\n"


# --- page furniture -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        "Wir nutzen Cookies, um unser Angebot zu verbessern. Details finden Sie in unserer Datenschutzerklärung.",
        "Diese Seite verwendet Cookies. Alle akzeptieren | Nur notwendige Cookies zulassen | Einstellungen",
        "Wir setzen Cookies ein, um die Seite für Sie zu optimieren. Bitte willigen Sie in die Nutzung ein.",
        "Diese Website verwendet Cookies. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.",
    ],
    ids=[
        "nutzen-datenschutzerklaerung",
        "verwendet-akzeptieren",
        "setzen-einwilligen",
        "verwendet-stimmen-zu",
    ],
)
def test_cookie_banner_is_page(banner):
    assert kind_of(framed(banner), banner) == "page"


def test_a_sentence_about_cookies_in_content_is_not_a_banner():
    line = "Der Bäcker am Marktplatz verkauft seit Jahren die beliebtesten Cookies der ganzen Region."
    assert kind_of(framed(line), line) == "content"


@pytest.mark.parametrize(
    "line", ["Skip to content", "avatar", "Zum Inhalt springen", "Startseite", "Anzeige"]
)
def test_navigation_labels_are_page(line):
    assert kind_of(framed(line), line) == "page"


@pytest.mark.parametrize(
    "line",
    [
        "Bildquelle: Pressestelle Beispielhausen",
        "Image Sources: Fotolia, ID 4711, Credit: Erika Knipser",
        "Image Sources:",
        "Foto: Max Knipser",
        "(Bildquelle: Gemeinde Beispielhausen)",
        "Bildnachweis: Stadtarchiv",
    ],
)
def test_image_credit_lines_are_page(line):
    assert kind_of(framed(line), line) == "page"


@pytest.mark.parametrize("line", ["Montag, 4. März 2024", "Sonnabend, 9. März 2024"])
def test_weekday_date_line_is_page(line: str):
    text = f"{line}\n\nDigitale Dienste im Rathaus\n\n{BODY_1}\n"
    assert kinds(text)[line] == ("page", "date of the page view")


def test_reading_time_header_line_is_meta():
    line = "Stadtportal Beispielhausen 12. April 2023 3 min read"
    text = f"{line}\n\nDigitale Dienste im Rathaus\n\n{BODY_1}\n"
    assert kinds(text)[line][0] == "meta"


def test_glued_reading_time_header_line_is_meta():
    line = "Kommunalportal Digital4. Mai 20223 min read"
    text = f"{line}\n\n{BODY_1}\n"
    assert kinds(text)[line][0] == "meta"


def test_news_sidebar_after_weitere_meldungen_is_page():
    sidebar = [
        "Weitere Meldungen",
        "Nachbarort: Glasfaser für alle Haushalte",
        "Der Nachbarort Talhausen hat den Ausbau des Glasfasernetzes abgeschlossen und alle Haushalte angebunden.",
        "Kreisstadt Hügelfeld: Neue Bürger-App",
        "Die Bürger-App der Kreisstadt Hügelfeld bietet seit dem Frühjahr Termine für das Bürgeramt an.",
    ]
    text = f"{BODY_1}\n\n{BODY_2}\n\n" + "\n\n".join(sidebar) + "\n"
    found = kinds(text)
    for line in sidebar:
        assert found[line][0] == "page", (line, found[line])
    assert found[BODY_1][0] == found[BODY_2][0] == "content"


def test_teaser_lines_and_their_titles_are_page_without_a_sidebar_header():
    title = "Talhausen: Glasfaser für alle Haushalte"
    teaser = "[01.02.2024] Der Nachbarort Talhausen hat den Ausbau abgeschlossen. mehr..."
    teaser2 = "[15.01.2024] Die Kreisstadt Hügelfeld startet eine Bürger-App für Termine. mehr…"
    text = f"{BODY_1}\n\n{BODY_2}\n\n{title}\n\n{teaser}\n\n{teaser2}\n"
    found = kinds(text)
    assert found[teaser][0] == "page"
    assert found[teaser2][0] == "page"
    assert found[title][0] == "page", "the title above a teaser belongs to the teaser"
    assert found[BODY_2][0] == "content"


def test_call_to_action_and_everything_after_it_is_page():
    cta = (
        "Entdecken Sie weitere digitale Kommunen auf unserem Portal. Werden Sie Teil unserer Community "
        "und tauschen Sie sich mit anderen Verwaltungen aus."
    )
    after = [
        "JETZT KOSTENLOS ANMELDEN!",
        "Die interaktive Karte der digitalen Kommunen",
        "Entdecke weitere Kommunen in der Umgebung: Talhausen und Hügelfeld",
        "Die hier gezeigten Inhalte stammen aus einer Befragung von Kommunalverwaltungen durch das Portal.",
    ]
    text = f"Digitale Dienste\n\n{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n\n{cta}\n\n" + "\n\n".join(after) + "\n"
    found = kinds(text)
    assert found[cta][0] == "page"
    for line in after:
        assert found[line][0] == "page", (line, found[line])
    for body in (BODY_1, BODY_2, BODY_3):
        assert found[body][0] == "content"


def test_uppercase_call_to_action_line_alone_is_page():
    line = "JETZT BEIM PORTAL ANMELDEN!"
    text = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n\n{line}\n"
    assert kind_of(text, line) == "page"


# --- headings and content ------------------------------------------------------------------


def test_headings_are_detected_and_paragraphs_stay_content():
    text = (
        "Digitale Verwaltung in Beispielhausen\n\n"
        f"{BODY_1}\n\n"
        "Organisationsstruktur\n\n"
        f"{BODY_2}\n\n"
        "Wettbewerbe & Förderprogramme\n\n"
        f"{BODY_3}\n"
    )
    found = kinds(text)
    assert found["Digitale Verwaltung in Beispielhausen"][0] == "heading"
    assert found["Organisationsstruktur"][0] == "heading"
    assert found["Wettbewerbe & Förderprogramme"][0] == "heading"
    for body in (BODY_1, BODY_2, BODY_3):
        assert found[body] == ("content", None)


def test_project_list_heading_with_colon_is_heading():
    text = f"{BODY_1}\n\nProjektbeispiele:\n\n  • Bürgerportal (Verwaltung):\n    {BODY_2}\n"
    assert kind_of(text, "Projektbeispiele:") == "heading"
    assert kind_of(text, BODY_2) == "content"


def test_a_sentence_is_not_a_heading():
    line = "Das ist erledigt."
    text = f"{BODY_1}\n{line}\n{BODY_2}\n"
    assert kind_of(text, line) != "heading"


def test_clean_document_is_all_content_or_heading():
    text = f"Digitale Dienste\n\n{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n"
    assert {b.kind for b in segment(text)} == {"heading", "content"}
    assert [b.text for b in segment(text) if b.kind == "content"] == [BODY_1, BODY_2, BODY_3]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_block_offsets_index_the_text(newline):
    text = newline.join(
        ["Skip to content", "", "  Digitale Dienste  ", "", BODY_1, "Foto: Max Knipser", BODY_2, ""]
    )
    blocks = segment(text)
    assert blocks, "no blocks"
    for b in blocks:
        assert text[b.start : b.end] == b.text
        assert b.text == b.text.strip()
    assert [b.text for b in blocks if b.kind == "content"] == [BODY_1, BODY_2]


BODY = "Musterfeld hat eine Digitalstrategie beschlossen, die alle Ämter einbindet. " * 6


@pytest.mark.parametrize("line", ["17.02.2021", "(03.05.2019)", "15. Juli 2020, 06:00 Uhr", "[9.11.2017]"])
def test_a_bare_date_line_is_meta_not_a_page_label(line):
    blocks = segment(f"Titel der Meldung\n{line}\n{BODY}")
    assert [b.kind for b in blocks if b.text == line] == ["meta"]


@pytest.mark.parametrize("header", ["Ähnliche Meldungen", "Weitere Pressemitteilungen", "Weitere Interviews"])
def test_sidebar_headings_start_the_page_tail(header):
    blocks = segment(f"{BODY}\n{header}\nBeispielstadt: Neuer CDO Jan Muster wechselt ins Rathaus")
    assert [b.kind for b in blocks][-2:] == ["page", "page"]


def test_a_run_of_place_headline_lines_after_the_body_is_a_teaser_sidebar():
    text = f"{BODY}\nBeispielstadt: CDO Anna Muster wechselt nach Norden\nNeudorf: Glasfaser für alle Schulen"
    kinds = [b.kind for b in segment(text)]
    assert kinds == ["content", "page", "page"]


def test_a_single_colon_line_or_an_interview_answer_stays_content():
    text = f"{BODY}\nMuster: Wir haben viel erreicht.\nBeispiel: Das sehen wir genauso."
    assert [b.kind for b in segment(text)] == ["content", "content", "content"]


@pytest.mark.parametrize(
    "line",
    [
        "Mi, 03.04.2030 12° C Suche Menü",
        "Samstag, 5. Januar 2030 -3 °C Wetter",
        "Do. 17.10.2030 Text vorlesen Suche Schließen",
    ],
)
def test_a_date_and_weather_widget_is_page(line: str):
    text = f"{line}\n\nDigitale Dienste im Rathaus\n\n{BODY_1}\n"
    assert kinds(text)[line] == ("page", "date and weather widget")


def test_a_dateline_opening_a_sentence_is_no_widget():
    line = "Mi, 03.04.2030 Die Gemeinde stellt ihre neue Suche im Bürgerportal vor."
    text = f"Digitale Dienste im Rathaus\n\n{line}\n\n{BODY_1}\n"
    assert kinds(text)[line][0] == "content"


@pytest.mark.parametrize("line", ["03.09.2031 | 03.09.2031, 16:45", "03.05.2031 / 04.05.2031 um 9:15 Uhr"])
def test_a_date_line_published_and_updated_is_meta(line):
    blocks = segment(f"Titel der Meldung\n{line}\n{BODY}")
    assert [b.kind for b in blocks if b.text == line] == ["meta"]


@pytest.mark.parametrize("line", ["Von Anna Beispiel | 12.04.2030, 10:03 Uhr", "Von Jan Muster, 03.05.2031"])
def test_a_byline_with_the_reports_date_is_meta(line):
    blocks = segment(f"Titel der Meldung\n{line}\n{BODY}")
    assert [(b.kind, b.reason) for b in blocks if b.text == line] == [("meta", "date line")]


@pytest.mark.parametrize(
    "line",
    [
        "Artikel vom 12.05.2030",
        "Pressemitteilung vom 14.03.2030",
        "Zuletzt aktualisiert am 5. Mai 2030",
        "Erstellt am 14.03.2030 von Redaktion",
        "14. März 2030 | Pressestelle",
    ],
)
def test_a_dated_page_label_is_header_meta_wherever_it_stands(line):
    for text in (f"Titel der Meldung\n{line}\n{BODY}", f"Titel der Meldung\n{BODY}\n{line}\n"):
        assert [(b.kind, b.reason) for b in segment(text) if b.text == line] == [("meta", "date line")]


@pytest.mark.parametrize(
    "line",
    ["Abgerufen am 14.03.2030", "Druckversion | 14.03.2030", "Heute, 14.03.2030", "Di, 14.03.2030 | 11:20"],
)
def test_the_day_a_page_was_viewed_or_printed_is_page(line):
    kind, reason = kinds(f"Titel der Meldung\n{BODY}\n{line}\n")[line]
    assert kind == "page" and reason in ("date of the page view", "date and weather widget")


def test_a_sentence_with_a_date_and_a_page_word_stays_content():
    line = "Der Artikel zur Strategie erschien am 12.05.2030 im Amtsblatt der Stadt."
    assert kinds(f"Titel der Meldung\n{BODY}\n{line}\n")[line][0] == "content"
