"""Numbers in running text: digits ("1 000", "2,5 millioner", "1,500") and number words
("tjueto", "twenty-two", "to hundre og femti"), read token by token from language data.

Kept apart from ``figures`` because it is plain parsing: which tokens form one number and what
its value is. Whether a number is a *figure* (not a date, age or clock time) is decided there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .annotations import doc_lowers
from .token_arrays import token_texts

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*\.?")
_GROUP3 = re.compile(r"\d{3}")
_GLUED = re.compile(r"(\d+(?:[.,]\d+)*)([^\W\d_]+)\.?")
#: a range written as one token ("170.000-180.000", "40–60", "2,000–3,000"); a trailing
#: ordinal dot ("24.-25.") is left to the date reading
_DASHED = re.compile(r"(\d+(?:[.,]\d+)*)[-–](\d+(?:[.,]\d+)*)")
#: a thousands group that ends the lower end of a spaced range ("100 000-120 000")
_GROUP3_DASHED = re.compile(r"(\d{3})[-–](\d{1,3})")


def word_trie(words: list[str]) -> str:
    """A regular expression matching any of ``words``, factored by common prefixes.

    Python's ``re`` tries alternatives one by one; a trie of a few hundred number words is
    several times faster than their plain alternation.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


#: the apostrophes Ukrainian is typed with: the data write "п'ять", texts also "пʼять", "п’ять"
_APOSTROPHES = ("\u02bc", "\u2019")


def _with_apostrophes(words: dict[str, float]) -> dict[str, float]:
    """``words`` with each word that holds an ASCII apostrophe also spelt with the others."""
    out = dict(words)
    for word, value in words.items():
        if "'" in word:
            for mark in _APOSTROPHES:
                out.setdefault(word.replace("'", mark), value)
    return out


@dataclass
class NumberExpr:
    """Tokens ``[start, end)`` of a document holding one number with its value."""

    start: int
    end: int
    value: float
    words: bool  # written in words
    weak: bool = False  # a word that is also an article/pronoun ("en", "one")
    approx: bool = False  # "et titall", "a dozen", "a hundred": a round number, about
    # the multiplier of a million or more it carries ("87 millionar", "$2bn"), else 1: a range
    # "15 til 20 millionar" scales both ends by it
    scale: float = 1.0
    unit: str | None = None  # a word that names its own unit ("twice", "halvparten")
    # the upper end of a range written as one number ("40-60.000", "100 000–120 000")
    value_max: float | None = None


class NumberReader:
    """Finds numbers in a sentence; built once per language."""

    def __init__(self, data: dict[str, Any]):
        self.decimal = data.get("decimal", ".")
        self.space_groups = bool(data.get("space_groups", False))
        self.ordinal_dot = bool(data.get("ordinal_dot", False))
        small: dict[str, float] = {}
        for key in ("units", "teens", "tens"):
            small.update({k.lower(): float(v) for k, v in data.get(key, {}).items()})
        tens = {k.lower(): float(v) for k, v in data.get("tens", {}).items()}
        units = {k.lower(): float(v) for k, v in data.get("units", {}).items() if 0 < v < 10}
        # compounds written as one word: tens+units ("tjuefem") and units+joiner+tens ("femogtjue")
        joiners = [w.lower() for w in data.get("compound_joiners", [])]
        for t, tv in tens.items():
            for u, uv in units.items():
                small.setdefault(t + u, tv + uv)
                for joiner in joiners:
                    small.setdefault(f"{u}{joiner}{t}", tv + uv)
        self.small = _with_apostrophes(small)
        self.multipliers = {k.lower(): float(v) for k, v in data.get("multipliers", {}).items()}
        # "et titall", "a dozen": read like a multiplier after an article; plural vague words
        # ("titalls", "dozens", "tusenvis") are no figure at all
        approximate = {k.lower(): float(v) for k, v in data.get("approximate", {}).items()}
        self.multipliers.update(approximate)
        self.multipliers = _with_apostrophes(self.multipliers)
        # multipliers that stand alone as a number ("over tusen soldater", "nesten hundre
        # droner"), unless a vague word before them makes them vague ("flere hundre hus")
        self.bare_multipliers = frozenset(w.lower() for w in data.get("bare_multipliers", []))
        self.vague_before = frozenset(w.lower() for w in data.get("vague_before", []))
        self.connectors = frozenset(w.lower() for w in data.get("connectors", []))
        self.article_one = frozenset(w.lower() for w in data.get("article_one", []))
        self.weak = frozenset(w.lower() for w in data.get("weak", []))
        self.fractions = {k.lower(): float(v) for k, v in data.get("fractions", {}).items()}
        # words that are a number and its unit at once: "twice" (2 times), "halvparten" (half)
        self.unit_words: dict[str, tuple[float, str]] = {
            k.lower(): (float(v[0]), str(v[1])) for k, v in data.get("unit_words", {}).items()
        }
        # a unit noun that counts one only after a bound ("понад годину", "более суток"):
        # elsewhere it is no number ("за годину", "минулого року")
        self.bound_units: dict[str, tuple[float, str]] = {
            k.lower(): (float(v[0]), str(v[1])) for k, v in data.get("bound_units", {}).items()
        }
        self.bound_unit_openers = frozenset(w.lower() for w in data.get("bound_unit_openers", []))
        # "танків ‒ 11 098 (+5)": the day's increment in brackets, with its plus sign
        self.plus_increments = bool(data.get("plus_increments", False))
        # a share written as a fraction ("en tredjedel", "to tredjedeler", "a fifth of"): the
        # denominator words, the words that must follow one (English "a third" is also an
        # ordinal: "a third attack"), and "hver tredje" (every third: one in three)
        # (a language may switch the reading off: `enabled = false`)
        shares = data.get("shares", {}) if data.get("shares", {}).get("enabled", True) else {}
        self.share_words = {k.lower(): float(v) for k, v in shares.get("denominators", {}).items()}
        self.share_next = frozenset(w.lower() for w in shares.get("next", []))
        self.share_every = frozenset(w.lower() for w in shares.get("every", []))
        self.share_every_ordinals = {
            k.lower(): float(v) for k, v in shares.get("every_ordinals", {}).items()
        }

    # -- digits --------------------------------------------------------------------------------

    def _digit_value(self, text: str) -> float | None:
        text = text.rstrip(".")
        if self.decimal == ",":
            # "10.000" groups thousands; "2,5" is a decimal
            if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
                text = text.replace(".", "")
            text = text.replace(",", ".")
        else:
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
                text = text.replace(",", "")
        try:
            return float(text)
        except ValueError:
            return None

    # -- reading -------------------------------------------------------------------------------

    def read(self, sent: Span) -> list[NumberExpr]:
        """All numbers in ``sent``, left to right."""
        doc = sent.doc
        out: list[NumberExpr] = []
        i = sent.start
        end = sent.end
        texts = token_texts(doc)  # the scan reads every word: no Token built for each
        while i < end:
            text = texts[i]
            low = text.lower()
            if text[:1].isdigit() and _DIGITS.fullmatch(text):
                expr = self._read_digits(doc, i, end)
                if expr is not None:
                    out.append(expr)
                    i = expr.end
                    continue
            elif text[:1].isdigit() and (dashed := _DASHED.fullmatch(text)):
                expr = self._read_dashed(doc, i, end, dashed.group(1), dashed.group(2))
                if expr is not None:
                    out.append(expr)
                    i = expr.end
                    continue
            elif text[:1].isdigit() and (glued := _GLUED.fullmatch(text)):
                # "€1.5bn", "800m": a multiplier written onto the number
                value = self._digit_value(glued.group(1))
                mult = self.multipliers.get(glued.group(2).lower())
                if value is not None and mult is not None:
                    out.append(
                        NumberExpr(
                            i, i + 1, value * mult, words=False, scale=mult if mult >= 1e6 else 1.0
                        )
                    )
                    i += 1
                    continue
            elif (
                self.plus_increments
                and text[:1] == "+"
                and text[1:].isdigit()
                and i > sent.start
                and texts[i - 1] == "("
            ):
                expr = self._increment(doc, i, end)
                if expr.value > 0:  # "(+0)": nothing was added
                    out.append(expr)
                i = expr.end
                continue
            elif (share := self._share(texts, i, end)) is not None:
                out.append(share)
                i = share.end
                continue
            elif low in self.unit_words:
                value, unit = self.unit_words[low]
                out.append(NumberExpr(i, i + 1, value, words=True, unit=unit))
                i += 1
                continue
            elif (
                low in self.bound_units
                and i > sent.start
                and texts[i - 1].lower() in self.bound_unit_openers
            ):
                value, unit = self.bound_units[low]
                out.append(NumberExpr(i, i + 1, value, words=True, unit=unit))
                i += 1
                continue
            elif (
                low in self.small
                or low in self.fractions
                or (
                    low in self.multipliers
                    and i > sent.start
                    and doc[i - 1].lower_ in self.article_one
                )
                or (
                    low in self.bare_multipliers
                    and (i == sent.start or doc[i - 1].lower_ not in self.vague_before)
                )
            ):
                expr = self._read_words(doc, i, end)
                if expr is not None:
                    out.append(expr)
                    i = expr.end
                    continue
            i += 1
        return out

    def _share(self, texts: list[str], i: int, end: int) -> NumberExpr | None:
        """A fraction of a whole in percent, as the annotators write shares ("halvparten" is
        50 percent): "en tredjedel" 33.3, "to tredjedeler" 66.7, "two-thirds of" 66.7,
        "hver tredje" 33.3. None where token ``i`` opens no share."""
        if not self.share_words or i + 1 >= end:
            return None
        low = texts[i].lower()
        j = i + 2 if texts[i + 1] == "-" and i + 2 < end else i + 1  # "two-thirds"
        after = texts[j].lower()
        if low in self.share_every and after in self.share_every_ordinals:
            numerator, denominator = 1.0, self.share_every_ordinals[after]
        elif after in self.share_words:
            if low in self.article_one:
                numerator = 1.0
            elif low in self.small:
                numerator = self.small[low]
            else:
                return None
            denominator = self.share_words[after]
            if self.share_next and (j + 1 >= end or texts[j + 1].lower() not in self.share_next):
                return None
        else:
            return None
        if not 0 < numerator <= denominator:
            return None
        value = round(numerator / denominator * 100, 1)
        return NumberExpr(i, j + 1, value, words=True, unit="percent")

    def _increment(self, doc: Doc, i: int, end: int) -> NumberExpr:
        """"(+1 180)": the number after the plus sign, its thousands grouped by spaces."""
        value, j = self._spaced_groups(doc, i + 1, end, float(doc[i].text[1:]))
        return NumberExpr(i, j, value, words=False)

    def _plain_part(self, text: str) -> bool:
        """One end of a dashed range is a count: thousands grouped the language's way or a
        decimal with its decimal sign; "10.30" in Norwegian is a clock time, no count."""
        if self.decimal == ",":
            return bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?", text))
        return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text))

    def _spaced_groups(self, doc: Doc, j: int, end: int, value: float) -> tuple[float, int]:
        """``value`` carried on by the space-grouped thousands from token ``j`` ("60 000"):
        the new value and the token after the last group."""
        while (
            self.space_groups
            and j < end
            and _GROUP3.fullmatch(doc[j].text)
            and doc[j - 1].whitespace_ in (" ", "\u00a0", "\u202f")
        ):
            value = value * 1000 + float(doc[j].text)
            j += 1
        return value, j

    def _ranged(
        self, doc: Doc, i: int, j: int, end: int, low: float, high: float
    ) -> NumberExpr | None:
        """The range ``low``–``high`` over tokens ``[i, j)``, with a multiplier after it
        ("2-3 millioner") scaling both ends. A range rises and not wildly, so a score ("vant
        2-1"), a code or a span of years ("2014-2015") is no number; the thousands written
        once on the upper end are the lower end's too ("40-60.000": 40 000 to 60 000)."""
        if high > 10 * low and 0 < low < 1000 and low * 1000 < high:
            low *= 1000
        if not low < high <= max(10 * low, 10):
            return None
        if 1800 <= low <= 2100 and 1800 <= high <= 2100 and low.is_integer():
            return None  # "2014-2015": years
        scale = 1.0
        if j < end and doc[j].lower_.rstrip(".") in self.multipliers:
            mult = self.multipliers[doc[j].lower_.rstrip(".")]
            low, high = low * mult, high * mult
            scale = mult if mult >= 1e6 else 1.0
            j += 1
        return NumberExpr(i, j, low, words=False, scale=scale, value_max=high)

    def _read_dashed(
        self, doc: Doc, i: int, end: int, low_text: str, high_text: str
    ) -> NumberExpr | None:
        """A range written as one token, "170.000-180.000" or "40–60" (the Norwegian
        tokenizer keeps it whole), its upper end carried on by spaced thousands ("40–60
        000"). None where it is no range of counts."""
        if not (self._plain_part(low_text) and self._plain_part(high_text)):
            return None
        low = self._digit_value(low_text)
        high = self._digit_value(high_text)
        if low is None or high is None:
            return None
        j = i + 1
        if high_text.isdigit() and len(high_text) <= 3:
            high, j = self._spaced_groups(doc, j, end, high)
        return self._ranged(doc, i, j, end, low, high)

    def _read_digits(self, doc: Doc, i: int, end: int) -> NumberExpr | None:
        tok = doc[i]
        text = tok.text
        if (
            text.endswith(".")
            and self.ordinal_dot
            and i + 1 < end
            and doc[i + 1].text[:1].islower()
        ):
            return None  # "14. februar", "3. bataljon"
        value = self._digit_value(text)
        if value is None:
            return None
        j = i + 1
        scale = 1.0
        # "1 000", "12 500" (a space groups thousands)
        if self.space_groups and not text.endswith(".") and len(text) <= 3 and text.isdigit():
            value, j = self._spaced_groups(doc, j, end, value)
            spaced = _GROUP3_DASHED.fullmatch(doc[j].text) if j < end else None
            if spaced is not None and doc[j - 1].whitespace_ in (" ", "\u00a0", "\u202f"):
                # "100 000-120 000": the dash sits inside a group
                low = value * 1000 + float(spaced.group(1))
                high, after = self._spaced_groups(doc, j + 1, end, float(spaced.group(2)))
                return self._ranged(doc, i, after, end, low, high)
        if j + 1 < end and self._adjective_before_millions(doc, j):
            j += 1  # "300 friske millioner kroner": the adjective leaves the scale its number's
        if (
            j < end
            and doc[j].lower_.rstrip(".") in self.multipliers
            and not doc[j - 1].text.endswith(".")
        ):
            mult = self.multipliers[doc[j].lower_.rstrip(".")]
            value *= mult
            scale = mult if mult >= 1e6 else 1.0
            j += 1
        return NumberExpr(i, j, value, words=False, scale=scale)

    def _adjective_before_millions(self, doc: Doc, k: int) -> bool:
        """Whether the word at ``k`` is an adjective standing between a number and its scale
        word of a million or more ("400 friske millioner", "2 nye milliarder"): the number is
        still so many millions, not a count of its own whose noun the adjective opens."""
        following = doc[k + 1].lower_.rstrip(".")
        return (
            doc[k].pos_ == "ADJ"
            and doc[k].is_alpha
            and doc[k].is_lower
            and self.multipliers.get(following, 0.0) >= 1e6
        )

    def _read_words(self, doc: Doc, i: int, end: int) -> NumberExpr | None:
        lowers = doc_lowers(doc)
        if (
            lowers[i] in self.article_one
            and i + 1 < end
            and lowers[i + 1] in self.fractions
        ):
            # "ein halv time", "a half": the article is no "one" but the fraction's; "en halv
            # million" is half of the multiplier after it
            fraction = self.fractions[lowers[i + 1]]
            mult = self.multipliers.get(lowers[i + 2], 1.0) if i + 2 < end else 1.0
            if mult >= 10:
                return NumberExpr(
                    i, i + 3, fraction * mult, words=True, scale=mult if mult >= 1e6 else 1.0
                )
            return NumberExpr(i, i + 2, fraction, words=True)
        total = 0.0
        current = 0.0
        top = 0.0  # the largest multiplier read
        j = i
        prev = ""  # kind of the previous token: "" | small | mult | conn
        prev_small = 0.0
        last_num = i
        while j < end:
            low = lowers[j]
            if low in self.small:
                value = self.small[low]
                # "tre fire" are two numbers; "twenty two", "hundre og fem" are one
                if prev == "small" and not (
                    prev_small >= 20 and prev_small % 10 == 0 and value < 10
                ):
                    break
                current += value
                prev, prev_small = "small", value
                last_num = j + 1
                j += 1
            elif low in self.multipliers:
                mult = self.multipliers[low]
                top = max(top, mult)
                base = current or 1.0
                if mult >= 1000:
                    total += base * mult
                    current = 0.0
                else:
                    current = base * mult
                prev = "mult"
                last_num = j + 1
                j += 1
            elif low in self.fractions and prev in ("", "frac_article"):
                current += self.fractions[low]
                prev = "frac"
                last_num = j + 1
                j += 1
                if (
                    j + 1 < end
                    and lowers[j] in self.article_one
                    and self.multipliers.get(lowers[j + 1], 0) >= 10
                ):
                    j += 1  # "half a million": the article joins the fraction to its multiplier
                if j < end and self.multipliers.get(lowers[j], 0) >= 10:
                    # "півтори тисячі", "полтора миллиона", "полтора десятка": the fraction of
                    # the multiplier
                    mult = self.multipliers[lowers[j]]
                    top = max(top, mult)
                    total += current * mult
                    current = 0.0
                    last_num = j + 1
                break
            elif (
                prev == "small"
                and low in self.connectors
                and j + 2 < end
                and lowers[j + 1] in self.article_one
                and lowers[j + 2] in self.fractions
            ):
                # "ett og et halvt år"
                current += self.fractions[lowers[j + 2]]
                last_num = j + 3
                prev = "frac"
                break
            elif (
                prev
                and (low in self.connectors or low == "-")
                and j + 1 < end
                and lowers[j + 1] in self.small
            ):
                if low in self.connectors and prev != "mult":
                    break  # "tre og fire" are two numbers
                prev = "conn" if low in self.connectors else prev
                j += 1
            else:
                break
        if not prev:
            return None
        value = total + current
        weak = last_num == i + 1 and lowers[i] in self.weak
        # "et hundre": an article before a multiplier, a round number ("a hundred bombs")
        approx = False
        if i > 0 and lowers[i] in self.multipliers and lowers[i - 1] in self.article_one:
            approx = last_num == i + 1
            i -= 1
        return NumberExpr(
            i,
            last_num,
            value,
            words=True,
            weak=weak,
            approx=approx,
            scale=top if top >= 1e6 else 1.0,
        )
