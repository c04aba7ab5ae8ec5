"""Fetch a web address politely and defensively: a size cap, a timeout, few redirects and a
user agent that says who is asking. Every way a fetch can fail becomes one `SourceError`
line naming the address, so `add` can go on with the next source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx

from analysis.errors import SourceError

USER_AGENT = "city-digital-reports/1 (analysis add; snapshot of a public source for a report)"
DEFAULT_TIMEOUT_S = 20.0  # a municipal web server answers in seconds; longer means it is gone
DEFAULT_MAX_REDIRECTS = 5  # http -> https -> www -> language page is three; more is a loop
MiB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MiB  # the reader's limit: a strategy PDF is a few MB

# The content types a source may have; the bytes are checked against them afterwards.
CONTENT_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "text/plain": "txt",
}

# Generic types many servers send for a download: the bytes decide, and only a PDF is taken.
DOWNLOAD_TYPES = frozenset(
    {"application/octet-stream", "binary/octet-stream", "application/force-download", "application/download"}
)
PDF_MAGIC = b"%PDF-"


@dataclass(frozen=True)
class Fetched:
    url: str  # the address asked for
    final_url: str  # where the redirects ended
    content_type: str  # media type without parameters
    kind: str  # html | pdf | txt
    data: bytes
    retrieved: str  # ISO 8601 UTC, seconds


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise SourceError(url, "not an http(s) address")


def fetch(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    transport: httpx.BaseTransport | None = None,
) -> Fetched:
    """GET `url`; raise SourceError with the reason when it does not give a page or a PDF."""
    check_url(url)
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=httpx.Timeout(timeout_s),
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/pdf;q=0.9,*/*;q=0.1"},
                transport=transport,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise SourceError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            media = response.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = CONTENT_KINDS.get(media) or ("pdf?" if media in DOWNLOAD_TYPES else None)
            if kind is None:
                raise SourceError(url, _not_a_source(media))
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise SourceError(url, too_large(int(declared), max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:  # a missing or lying Content-Length: stop reading at the cap
                    raise SourceError(url, too_large(size, max_bytes, at_least=True))
                chunks.append(chunk)
            data = b"".join(chunks)
            if kind == "pdf?":  # a download: a PDF by its bytes, or not a source
                if PDF_MAGIC not in data[:1024]:
                    raise SourceError(url, _not_a_source(media))
                kind = "pdf"
            return Fetched(url, str(response.url), media, kind, data, utc_now())
    except httpx.TooManyRedirects:
        raise SourceError(url, f"more than {max_redirects} redirects (a redirect loop?)") from None
    except httpx.TimeoutException:
        raise SourceError(url, f"timed out after {timeout_s:g} s") from None
    except httpx.InvalidURL as exc:
        raise SourceError(url, f"invalid address ({exc})") from None
    except httpx.HTTPError as exc:  # refused connection, unknown host, broken response
        raise SourceError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None


def _not_a_source(media: str) -> str:
    return f"content type {media or 'missing'!r} is not a web page, PDF or text"


def too_large(size: int, cap: int, at_least: bool = False, what: str = "response") -> str:
    """In the megabytes of `--max-mb` (MiB), so that the limit reads as it was given."""
    more = "more than " if at_least else ""
    return f"{what} too large ({more}{size / MiB:.3g} MB > {cap / MiB:.3g} MB limit)"
