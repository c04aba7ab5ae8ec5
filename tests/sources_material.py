"""Test material for `analysis add`: web pages and PDFs made from plain texts (the
development texts in tests/reference/dev/docs, or small invented ones), and a local HTTP
server on 127.0.0.1 that serves them and the bad answers `add` must survive.

Used by tests/test_sources_*.py and benchmarks/bench_sources.py; nothing here fetches from
anywhere but 127.0.0.1."""

from __future__ import annotations

import contextlib
import html
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar

SITE_NAME = "Musterportal Kommunal"  # invented publisher of the test pages
SENTENCE_END = (".", "!", "?", ":", "“", '"', ")", "…")


def title_of(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "Ohne Titel")
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + " …"


def _blocks(text: str) -> list[tuple[str, str]]:
    """(tag, text) per non-empty line: a short line without a sentence end is a heading."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        heading = len(line) < 90 and not line.endswith(SENTENCE_END)
        out.append(("h2" if heading else "p", line))
    return out


def page_html(text: str, title: str, published: str | None = None, site: str = SITE_NAME) -> str:
    """A page as a municipal or news site serves it: navigation, cookie banner, the text as
    paragraphs and headings inside <article>, a footer; title, site name and date in <head>."""
    esc = html.escape
    blocks = _blocks(text)
    if blocks and blocks[0] == ("h2", title):  # a text that opens with its headline
        blocks[0] = ("h1", title)
    body = "\n".join(f"<{tag}>{esc(line)}</{tag}>" for tag, line in blocks)
    date_meta = (
        f'<meta property="article:published_time" content="{published}T08:00:00+01:00">' if published else ""
    )
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>{esc(title)} | {esc(site)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{esc(site)}">
{date_meta}
<script>window.dataLayer = [];</script><style>nav {{ display: flex }}</style>
</head><body>
<div class="cookie-banner"><p>Wir verwenden Cookies, um unsere Website zu verbessern.
<button>Alle akzeptieren</button> <button>Nur notwendige</button></p></div>
<header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/themen">Themen</a></li>
<li><a href="/service">Service</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<main><article>
{body}
</article></main>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li>
<li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul><p>© {esc(site)}</p></footer>
</body></html>
"""


PDF_CSS = """
@page { size: A4; margin: 2.2cm 2cm; @bottom-center { content: counter(page); font-size: 9pt } }
body { font-family: "DejaVu Serif", serif; font-size: 11pt; line-height: 1.35;
       font-variant-ligatures: common-ligatures; }
p { hyphens: auto; text-align: justify; margin: 0 0 0.7em; }
h1 { font-size: 18pt; margin: 0 0 0.8em; }
h2 { font-size: 13pt; margin: 1em 0 0.4em; }
"""


def pdf_bytes(text: str, title: str | None = None) -> bytes:
    """The text as a strategy-like PDF: A4, justified, German hyphenation and ligatures on,
    page numbers in the footer (WeasyPrint)."""
    import weasyprint

    esc = html.escape
    body = "\n".join(f"<{tag}>{esc(line)}</{tag}>" for tag, line in _blocks(text))
    doc = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>{esc(title or title_of(text))}</title><style>{PDF_CSS}</style></head><body>{body}</body></html>"""
    return weasyprint.HTML(string=doc).write_pdf()


def scanned_pdf_bytes() -> bytes:
    """A PDF without a text layer: one page with only a drawn shape, as a scan would be."""
    import weasyprint

    doc = '<html><body><div style="width:12cm;height:18cm;background:#333"></div></body></html>'
    return weasyprint.HTML(string=doc).write_pdf()


def encrypted_pdf_bytes(text: str) -> bytes:
    """A PDF that opens only with a password (pikepdf, AES-256)."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_bytes(text))) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(user="geheim", owner="geheimer", R=6))
        return out.getvalue()


# --- a local server ---------------------------------------------------------------------------


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # a redirect target
    delay_s: float = 0.0  # wait before answering (a server too slow for the timeout)
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}
    seen_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        import time

        self.seen_agents.append(self.headers.get("User-Agent", ""))
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        if route.delay_s:
            time.sleep(route.delay_s)
        self.send_response(route.status)
        if route.location:
            self.send_header("Location", route.location)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Content-Length", str(len(route.body)))
        for k, v in route.headers.items():
            self.send_header(k, v)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:  # quiet tests
        pass


@contextlib.contextmanager
def serve(routes: dict[str, Route], lifetime_s: float = 600.0) -> Iterator[tuple[str, list[str]]]:
    """Serve `routes` on 127.0.0.1 (a free port) in a daemon thread; yields the base URL and
    the list of user agents seen. The server stops when the block ends, and by itself after
    `lifetime_s` whatever happens to the test (a watchdog timer)."""
    handler = type("Handler", (_Handler,), {"routes": routes, "seen_agents": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    watchdog = threading.Timer(lifetime_s, server.shutdown)
    watchdog.daemon = True
    thread.start()
    watchdog.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.seen_agents
    finally:
        watchdog.cancel()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
