"""A saved web page -> the text the extraction reads, and what the page says about itself
(title, site name, publication date).

Which tool reads which field was measured on pages made from the development texts
(`benchmarks/bench_sources.py`, README "Adding sources"): trafilatura finds the main text
and the title and site name in the page's metadata; htmldate reads the publication date the
page states (its markup and metadata, not guessed from the body text: a body date is read
by the extraction's own date grammar, which knows a dateline from a deadline)."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from analysis.errors import SourceError

# The comment browsers write into a saved page: <!-- saved from url=(0042)https://... -->
SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


@dataclass(frozen=True)
class WebText:
    text: str
    title: str | None
    sitename: str | None
    date: str | None  # YYYY-MM-DD as the page states it
    extractor: str
    url: str | None = None  # the page's own address (canonical link, og:url, "saved from url")


def web_text(data: bytes, url: str | None, name: str) -> WebText:
    """Main text and metadata of an HTML page; SourceError when it has no text to read."""
    import htmldate
    import trafilatura

    with warnings.catch_warnings():  # the libraries warn about odd markup; the result says enough
        warnings.simplefilter("ignore")
        text = trafilatura.extract(
            data,
            url=url,
            output_format="txt",
            include_comments=False,  # readers' comments are not the source's statements
            include_tables=True,
            include_formatting=False,
            favor_recall=True,  # a dropped paragraph loses facts; furniture is set aside later by the cleaner
            deduplicate=False,
        )
        meta = trafilatura.extract_metadata(data, default_url=url)
        date = htmldate.find_date(
            data, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    if not text or not text.strip():
        raise SourceError(name, "web page without any main text")
    title = getattr(meta, "title", None) if meta is not None else None
    own_url = getattr(meta, "url", None) if meta is not None else None
    saved_from = SAVED_FROM.search(data[:4096])
    if saved_from:  # a browser's note on a saved page says where it came from
        own_url = saved_from.group(1).decode("ascii", "replace")
    sitename = getattr(meta, "sitename", None) if meta is not None else None
    return WebText(
        text=text.strip() + "\n",
        title=_clean(title),
        sitename=_clean(sitename),
        date=date or None,
        extractor=f"trafilatura {trafilatura.__version__}, htmldate {htmldate.__version__}",
        url=own_url if own_url and own_url.startswith(("http://", "https://")) else None,
    )


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None
