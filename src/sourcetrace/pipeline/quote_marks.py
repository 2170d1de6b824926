"""Pairing of quotation marks in one paragraph: «» (nesting), “”, „“ (German and Ukrainian
low-high marks, also „”) and straight double quotes.

Only the outermost pair counts (a quote inside a quote belongs to it); single quotes count only
in a paragraph without double ones (British style ‘...’; a ’ inside a word is an apostrophe). A mark opened and not closed before the paragraph
ends is a quote running on into the next paragraph (the English multi-paragraph convention).
"""

from __future__ import annotations

import re

DASHES = frozenset({"–", "—", "-", "―"})
_MARKS = re.compile(r'[«»“”"„]')
#: what may stand right before a straight quote mark that opens a quote (none being open):
#: space, brackets, dashes, and a comma or colon set without space ('Wilkins said," [He] liked')
_OPEN_BEFORE = frozenset(" \t\n([{–—-/,:")
_SINGLE = re.compile(r"‘(?:[^‘’]|’(?=\w))*’(?!\w)")
_STRAIGHT_SINGLE = re.compile(r"(?<![\w'])'(?=[^\s'])(?:[^'\n]|'(?=\w))*?(?<=[^\s'])'(?![\w'])")


def _inner_opening(text: str, at: int, opener: str, ch: str) -> bool:
    """Whether the mark ``ch`` at ``at``, inside a quote opened by ``opener``, opens a quote
    within it in the same style of marks: “ inside “…”, „ inside „…“, and a straight mark set
    after a space right before a letter ('... у "Рейтера" ...'; a closing mark follows the
    word it closes)."""
    if ch != opener or opener not in ("“", "„", '"'):
        return False
    if opener != '"':
        return True
    after = text[at + 1 : at + 2]
    return at > 0 and text[at - 1] in " (" and after.isalpha()


def find_marks(text: str) -> list[tuple[int, int, bool]]:
    """``(open, close, closed)`` offsets of the outermost quotation marks in ``text``;
    ``close`` is ``len(text)`` when the quote is not closed."""
    out: list[tuple[int, int, bool]] = []
    opener: str | None = None
    start = -1
    depth = 0
    straight_inside = 0  # straight quotes opened inside a quote set in curly marks
    for m in _MARKS.finditer(text):
        ch = m.group()
        at = m.start()
        if opener is None:
            if ch in ("«", "“", "„") or (ch == '"' and (at == 0 or text[at - 1] in _OPEN_BEFORE)):
                opener, start, depth = ch, at, 1
            elif ch == "”" and (at == 0 or text[at - 1] in _OPEN_BEFORE):
                opener, start, depth = "”", at, 1  # Nordic style: ”...”
            continue
        if opener == "«":
            if ch == "«":
                depth += 1
            elif ch == "»":
                depth -= 1
                if depth == 0:
                    out.append((start, at, True))
                    opener = None
        elif opener == "“" and ch == '"':
            # a page that mixes marks: a straight mark inside “…” opens a quote within it
            # when set before a word ('“… "Reuters" …”'), else it closes one: the inner quote
            # it opened, or, none open, the curly quote itself ('“… safe place," said X')
            if at > 0 and text[at - 1] in " (" and text[at + 1 : at + 2].isalpha():
                straight_inside += 1
            elif straight_inside:
                straight_inside -= 1
            elif at > 0 and not text[at - 1].isspace():
                out.append((start, at, True))
                opener = None
        elif _inner_opening(text, at, opener, ch):
            # a quote inside the quote in the same marks ("... “Градів” ...", '... "Рейтера"
            # ...'): its closing mark does not close the outer quote
            depth += 1
        elif (
            opener == "“"
            and ch == "”"
            or opener == '"'
            and ch == '"'
            or opener == "”"
            and ch == "”"
            or opener == "„"
            and ch in ("“", "”")
        ):
            depth -= 1
            if depth == 0:
                out.append((start, at, True))
                opener = None
    if opener is not None:
        out.append((start, len(text), False))
    if not out and "‘" in text:
        # British style: single quotes as the primary marks ('don’t' is an apostrophe)
        out = [(m.start(), m.end() - 1, True) for m in _SINGLE.finditer(text)]
    if not out and "'" in text:
        # tabloid style, straight single quotes: 'At the start I wrote down every name,'
        out = [(m.start(), m.end() - 1, True) for m in _STRAIGHT_SINGLE.finditer(text)]
    return out
