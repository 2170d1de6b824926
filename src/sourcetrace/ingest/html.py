"""Saved article pages: main text and metadata with trafilatura.

The extracted text is what the document holds and what every span refers to; the page itself is
not kept. The page's date becomes ``published``, which anchors relative dates ("i går").
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from . import InputError, SourceDoc

_TAG = re.compile(rb"<\s*(html|head|body|p|div|article|title|meta|!doctype)\b", re.IGNORECASE)

# trafilatura logs "empty HTML tree" and the like at WARNING/ERROR; failures are reported by us
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def looks_like_html(data: bytes) -> bool:
    """A sniff for stdin and extensionless input: an HTML tag near the start."""
    head = data[:2048].lstrip()
    return head.startswith(b"<") and _TAG.search(head) is not None


def parse_date(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` or an ISO datetime (with ``Z`` or an offset) to a date; None if not one."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return (
            dt.date.fromisoformat(value[:10])
            if len(value) == 10
            else dt.datetime.fromisoformat(value).date()
        )
    except ValueError:
        return None


def read_html(html: str, origin: str, url: str | None = None) -> SourceDoc:
    """The page's main text and metadata; :class:`InputError` when no text can be found."""
    try:
        from trafilatura import bare_extraction
    except ImportError as exc:  # lxml >= 5.2 ships lxml.html.clean apart: lxml_html_clean
        raise InputError(f"{origin}: cannot read HTML: {exc}".splitlines()[0]) from None

    if not html.strip():
        raise InputError(f"{origin}: empty page")
    try:
        result = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            prune_xpath=["//noscript"],  # "enable JavaScript" notices are not the article
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        raise InputError(f"{origin}: cannot parse HTML: {exc}") from None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputError(f"{origin}: no article text found in the HTML page")
    meta: dict[str, object] = {"format": "html"}
    for key in ("hostname", "description", "sitename", "categories", "tags", "pagetype", "image"):
        value = getattr(result, key, None)
        if value:
            meta[key] = value
    page_url = getattr(result, "url", None) or url
    return SourceDoc(
        text=text,
        origin=origin,
        published=parse_date(getattr(result, "date", None)),
        source=getattr(result, "sitename", None) or getattr(result, "hostname", None),
        title=getattr(result, "title", None),
        author=getattr(result, "author", None),
        url=page_url,
        language=None,
        meta=meta,
    )
