"""Source credits in brackets: the outlet a reposted news text names as where it came from.

Why: blogs and newsgroups repost wire and newspaper copy with the outlet in brackets, either
as a wire's dateline ("CAIRO (Reuters) - The army said ...") or as a bare credit at a sentence
or paragraph boundary ("(Science Daily) Researchers found ..." or after the excerpt). The
annotation guide counts such a credit as a `reported` statement whose source is the outlet;
no verb carries it, so the cue patterns of ``sourcing.toml`` never see it. Brackets inside a
sentence ("a spokesman (John Smith) said") are asides, not credits, and are left alone.

The words are the language's (``credit_*`` keys of ``sourcing.toml``); the shapes (bracket,
dash, boundary) are shared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from .annotations import AttributionAnn, Mention

#: a bracket holding a short name: no clause punctuation, no digits, no nested brackets
_BRACKET = re.compile(r"\((?P<name>[^()\[\]\n:;,/\d\"“”]{2,48})\)")
#: the dashes a wire's dateline ends with ("(Reuters) -", "(AP) —", "(Reuters)–As")
_DASHES = "-–—"
#: characters a credit may follow: the end of a sentence, a link's bracket, a closed quote
_BOUNDARY_BEFORE = ".!?]\"”’)"
#: a dateline before a credit: a short run of words from the last boundary, opening in capitals
#: ("WASHINGTON", "KYIV, Ukraine", "Khartoum, Oct 29")
#: how far before a credit its dateline is looked for: a place and its region are at most
#: about sixty characters (the pattern below), with room for spaces before them
_DATELINE_REACH = 160
_DATELINE = re.compile(r"(?:^|[\n.!?\]:\"”])\s*(?P<place>[A-Z][\w.'’ -]{0,30}(?:,\s*[\w.'’ -]{1,25})?)\s*$")


def bracket_credits(
    doc: Doc,
    text: str,
    known_outlets: frozenset[str],
    outlet_name_words: Iterable[str],
    not_credits: Iterable[str],
    connectors: Iterable[str],
) -> list[AttributionAnn]:
    """The bracketed outlet credits of ``text`` (the document's text) as `reported` statements
    with the outlet as source.

    A bracket counts when it names an outlet (one we know, an acronym, a name ending in an
    outlet word such as "Post", or two capitalised words or more) and either ends a dateline
    before a dash, or stands between two sentences (after a sentence's end or a paragraph
    break, before a capital, a quote mark or a paragraph's end)."""
    found: list[AttributionAnn] = []
    name_words = frozenset(w.lower() for w in outlet_name_words)
    refused = frozenset(w.lower() for w in not_credits)
    joins = frozenset(w.lower() for w in connectors)
    for match in _BRACKET.finditer(text):
        name = " ".join(match.group("name").split())
        if not _is_outlet_name(name, known_outlets, name_words, refused, joins):
            continue
        # the characters either side past spaces and tabs, found by stepping, not by copying
        # the text before and after each bracket (a long text holds many brackets)
        left = match.start()
        while left > 0 and text[left - 1] in " \t":
            left -= 1
        right = match.end()
        while right < len(text) and text[right] in " \t":
            right += 1
        previous = text[left - 1] if left > 0 else ""
        following = text[right] if right < len(text) else ""
        after_dash = following != "" and following in _DASHES
        at_boundary = previous == "" or previous == "\n" or previous in _BOUNDARY_BEFORE
        opens_next = following == "" or following in "\n\"“‘'" or following.isupper() or after_dash
        # a dateline is a short run of words: looked for in the stretch just before the bracket
        # ("^" still means the text's own start there, "$" the stretch's end)
        dateline = after_dash and _DATELINE.search(text, max(0, left - _DATELINE_REACH), left) is not None
        if not (dateline or (at_boundary and opens_next)):
            continue
        # "(Reuters)–As" may be read as one token with the word after it: the bracket's own
        # tokens, else the tokens it touches
        evidence = doc.char_span(match.start(), match.end(), alignment_mode="contract")
        if evidence is None or evidence.end_char < match.end("name"):
            evidence = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if evidence is None:
            continue
        # no span: the outlet stands outside the reposted sentences, so that it is handed on to
        # none of their figures (the guide: a reposted article's own narration carries no
        # claimant) and joins no speaker's cluster
        outlet = Mention(span=None, name=name, kind="organisation")
        found.append(AttributionAnn(source=outlet, relation="reported", evidence=evidence))
    return found


def _is_outlet_name(
    name: str,
    known_outlets: frozenset[str],
    name_words: frozenset[str],
    refused: frozenset[str],
    joins: frozenset[str],
) -> bool:
    """Whether the words in a bracket name an outlet rather than an aside ("(Updated)",
    "(Laughter)", "(photo)"): every word capitalised or a connector of names, none a word
    that brackets use for page furniture, and the whole a known outlet, an acronym, a name
    ending in an outlet's last word, or at least two capitalised words."""
    words = name.split()
    lowered = [w.lower() for w in words]
    if not words or len(words) > 5 or any(w in refused for w in lowered) or name.lower() in refused:
        return False
    if lowered[0] in joins or lowered[-1] in joins:
        return False
    if not all(w[:1].isupper() or w.lower() in joins for w in words):
        return False
    if name.lower() in known_outlets:
        return True
    if len(words) == 1:
        letters = words[0].replace(".", "").replace("&", "")
        return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6
    return lowered[-1] in name_words or sum(1 for w in words if w[:1].isupper()) >= 2


def own_credit(
    text: str, credit: re.Pattern[str] | None, outlets: re.Pattern[str] | None
) -> str | None:
    """The publishing outlet a text names in its own credit, or None.

    Why: Ukrainian wire and news sites close the lead with their own name after a speaker's
    verb ("Про це повідомив голова ОВА X, передає Укрінформ."): the outlet does not relay
    anyone there, it says the copy is its own. Knowing the publisher keeps that credit from
    being read as a `reported` relay and names the agent of its passive "could not be
    verified" ("Ці твердження неможливо незалежно перевірити"). ``credit`` (``own_credit`` in
    ``sourcing.toml``) finds the speaker's verb and the crediting verb; ``outlets``
    (``own_credit_outlets``) says which outlet names may follow it, so a relay of a foreign
    agency ("..., передає Reuters") stays a relay. The first credit wins: a text has one
    publisher.
    """
    if credit is None or outlets is None:
        return None
    for found in credit.finditer(text):
        named = outlets.match(text, found.end())
        if named is not None:
            return named.group("outlet")
    return None


def signed_outlet(text: str, signature: re.Pattern[str] | None) -> str | None:
    """The channel a Telegram post opens with its signature ("Офіцерський щоденник 🇺🇦" as the
    first line), or None: the channel publishes the post, so its passive "не відповідає
    дійсності" or "не вдалося перевірити" is the channel's. ``signature`` (``own_signature``
    in ``sourcing.toml``) matches the text's start and names the channel in group ``outlet``.
    """
    if signature is None:
        return None
    found = signature.match(text)
    return found.group("outlet").strip() if found is not None else None
