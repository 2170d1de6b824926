"""Pages fetched by URL: timeouts, a size cap, few redirects, and no private addresses.

A URL given to ``analyze`` (or, later, to a server) must not become a way to reach the machine's
own services or the local network, so every hop's host is resolved and refused when any of its
addresses is loopback, private, link-local, reserved or otherwise not global, unless the user
passes ``--allow-private``. Redirects are followed by hand so each hop is checked. Known limit:
the check resolves the name before httpx does, so a DNS server that answers differently the
second time (rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from urllib.parse import urljoin

import httpx

from . import InputError, SourceDoc
from .html import looks_like_html, read_html
from .text import decode

TIMEOUT = httpx.Timeout(15.0, connect=5.0)
MAX_REDIRECTS = 5
DEADLINE = 60.0  # seconds for the whole fetch: a server dripping bytes is cut off too


def _kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is refused, or None if it is a public one."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for name in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    return None if ip.is_global else "non-public"


def check_host(url: str, allow_private: bool) -> None:
    """Refuse URLs that are not http(s) or whose host has a non-public address."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise InputError(f"{url}: not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        raise InputError(f"{url}: only http and https URLs can be read")
    host = parsed.host
    if not host:
        raise InputError(f"{url}: no host in URL")
    if allow_private:
        return
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parsed.port or 443, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as exc:
            raise InputError(f"{url}: cannot resolve host {host}: {exc}") from None
        addresses = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    for ip in sorted(addresses, key=str):
        why = _kind(ip)
        if why:
            raise InputError(
                f"{url}: refused: {host} is a {why} address ({ip}); pass --allow-private to read it"
            )


def fetch(
    url: str,
    allow_private: bool = False,
    max_bytes: int = 5_000_000,
    timeout: httpx.Timeout | float = TIMEOUT,
    max_redirects: int = MAX_REDIRECTS,
) -> SourceDoc:
    """The document at ``url``: an HTML page through trafilatura, anything else as text."""
    from .. import __version__

    headers = {
        "User-Agent": f"sourcetrace/{__version__}",
        "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5",
    }
    current = url
    give_up = time.monotonic() + DEADLINE
    with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as client:
        for hop in range(max_redirects + 1):
            try:
                check_host(current, allow_private)
            except InputError as exc:
                if hop == 0:
                    raise
                reason = str(exc).removeprefix(f"{current}: ")
                raise InputError(f"{url}: redirected to {current}: {reason}") from None
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise InputError(f"{url}: redirect without a Location header")
                        current = urljoin(current, location)
                        continue
                    if resp.status_code >= 400:
                        raise InputError(f"{url}: HTTP {resp.status_code} {resp.reason_phrase}")
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise InputError(f"{url}: too large: {declared} bytes (limit {max_bytes})")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body += chunk
                        if len(body) > max_bytes:
                            raise InputError(f"{url}: too large: more than {max_bytes} bytes")
                        if time.monotonic() > give_up:
                            raise InputError(f"{url}: timed out after {DEADLINE:.0f} s")
                    content_type = resp.headers.get("content-type", "").lower()
                    charset = resp.charset_encoding
            except httpx.TimeoutException:
                raise InputError(f"{url}: timed out") from None
            except httpx.HTTPError as exc:
                raise InputError(f"{url}: cannot fetch: {exc}") from None
            break
        else:
            raise InputError(f"{url}: too many redirects (more than {max_redirects})")
    data = bytes(body)
    if charset and "html" not in content_type:
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = decode(data, url)
    else:
        text = decode(data, url)
    if "html" in content_type or (
        not content_type.startswith("text/plain") and looks_like_html(data)
    ):
        doc = read_html(text, url, url=current)
        doc.meta["fetched_url"] = current
        return doc
    return SourceDoc(
        text=text, origin=url, url=current, meta={"format": "text", "fetched_url": current}
    )
