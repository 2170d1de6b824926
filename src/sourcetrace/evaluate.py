"""Scoring readings against gold files (``NAME.txt`` + ``NAME.gold.json``).

Matching is done on *content characters* (letters and digits, case-folded), located in the
document: lenient on case, punctuation, quote marks and spacing, strict on the words. A gold
quote may be covered by several predicted quotes and one predicted quote may cover several gold
segments ("A," he said. "B."), so direct quotes are scored by coverage, not one-to-one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz
from rich.console import Console
from rich.table import Table

from .analysis import analyze
from .ingest import InputError, SourceDoc
from .ingest.text import decode
from .model import Reading

#: share of a quote's content characters that must be covered to count as found / correct
COVER = 0.9
#: share of a gold indirect quote a prediction must overlap to count as found
INDIRECT_OVERLAP = 0.5
#: rapidfuzz ratio of two spellings of one name the text gives both of ("Anne-Grethe" /
#: "Anne-Grete" is 97; two people sharing a surname, "Knut Hansen" / "Kari Hansen", stay below)
SPELLING_VARIANT = 92
_ARTICLES = {"en", "ei", "et", "a", "an", "the", "den", "det", "de", "dei"}


class Content:
    """The content characters of a text and where they stand."""

    def __init__(self, text: str):
        self.text = text
        self.index = [i for i, c in enumerate(text) if c.isalnum()]
        self.chars = "".join(text[i].casefold() for i in self.index)
        self._pos = {orig: n for n, orig in enumerate(self.index)}

    def locate(self, needle: str, after: int = 0) -> tuple[int, int] | None:
        """Character range of ``needle`` in the text, matched on content characters."""
        exact = self.text.find(needle, after)
        if exact < 0 and after:
            exact = self.text.find(needle)
        if exact >= 0 and needle:
            return exact, exact + len(needle)
        key = "".join(c.casefold() for c in needle if c.isalnum())
        if not key:
            return None
        start_n = self._pos_at_or_after(after)
        n = self.chars.find(key, start_n)
        if n < 0:
            n = self.chars.find(key)
        if n < 0:
            return None
        return self.index[n], self.index[n + len(key) - 1] + 1

    def _pos_at_or_after(self, offset: int) -> int:
        lo, hi = 0, len(self.index)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.index[mid] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def positions(self, start: int, end: int) -> set[int]:
        """Content-character positions inside ``[start, end)``."""
        lo = self._pos_at_or_after(start)
        hi = self._pos_at_or_after(end)
        return set(range(lo, hi))


#: the guide's label for a quote whose text names no speaker ("Elevene er blitt fortalt at ...")
UNKNOWN_SPEAKER = "unknown"


def norm_name(name: str | None) -> str:
    if not name:
        return ""
    words = "".join(c.casefold() if c.isalnum() else " " for c in name).split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def same_speaker(said: str | None, gold: str | None, content: Content) -> bool:
    """The predicted speaker is the gold one. An annotator who knew a person from outside the
    document (an NDT passage cut from a longer article) may give a full name the text never
    writes; the guide asks for the fullest name *in the document*, so a prediction that is the
    part of that name the document does write ("Hallvard" for "Hallvard Mosdøl") is right."""
    predicted, expected = norm_name(said), norm_name(gold)
    if predicted == expected:
        return True
    if expected == UNKNOWN_SPEAKER:
        return not predicted  # the text names no one, and the reading names no one either
    if not predicted or not expected:
        return False
    written = predicted.replace(" ", "") in content.chars
    if expected.replace(" ", "") in content.chars:
        # a text that spells one name two ways ("Anne-Grethe", "Anne-Grete") has two fullest
        # forms; the speaker is found whichever the reading keeps
        return written and fuzz.ratio(predicted, expected) >= SPELLING_VARIANT
    return written and set(predicted.split()) <= set(expected.split())


@dataclass
class Counts:
    """Raw counts; scores are computed from sums, so totals are micro-averaged."""

    dq_gold: int = 0
    dq_gold_found: int = 0
    dq_pred: int = 0
    dq_pred_correct: int = 0
    spk_total: int = 0
    spk_correct: int = 0
    spk_entity_total: int = 0
    spk_entity_correct: int = 0
    iq_gold: int = 0
    iq_found: int = 0
    att_gold: int = 0
    att_pred: int = 0
    att_match: int = 0
    #: gold attributions found by a predicted attribution (not by an indirect quote): the
    #: precision's numerator, so precision never exceeds 1
    att_pred_match: int = 0
    att_source_ok: int = 0
    fig_gold: int = 0
    fig_pred: int = 0
    fig_match: int = 0
    fig_claimant_ok: int = 0
    hedge_gold: int = 0
    hedge_found: int = 0
    role_gold: int = 0
    role_found: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    counts: Counts

    @property
    def dq_precision(self) -> float | None:
        return _ratio(self.counts.dq_pred_correct, self.counts.dq_pred)

    @property
    def dq_recall(self) -> float | None:
        return _ratio(self.counts.dq_gold_found, self.counts.dq_gold)

    @property
    def dq_f1(self) -> float | None:
        return _f1(self.dq_precision, self.dq_recall)

    @property
    def speaker_accuracy(self) -> float | None:
        return _ratio(self.counts.spk_correct, self.counts.spk_total)

    @property
    def speaker_entity_accuracy(self) -> float | None:
        """Of the gold quotes whose speaker the corpus's coreference annotates, the share whose
        predicted speaker is any name of that referent: resolution apart from naming."""
        return _ratio(self.counts.spk_entity_correct, self.counts.spk_entity_total)

    @property
    def indirect_recall(self) -> float | None:
        return _ratio(self.counts.iq_found, self.counts.iq_gold)

    @property
    def attribution_f1(self) -> float | None:
        c = self.counts
        return _f1(
            _ratio(c.att_pred_match, c.att_pred) if c.att_pred else 0.0, _ratio(c.att_match, c.att_gold)
        )

    @property
    def attribution_precision(self) -> float | None:
        return _ratio(self.counts.att_pred_match, self.counts.att_pred)

    @property
    def attribution_recall(self) -> float | None:
        return _ratio(self.counts.att_match, self.counts.att_gold)

    @property
    def source_accuracy(self) -> float | None:
        """Of the sourcing statements found, the share whose source is the gold one."""
        return _ratio(self.counts.att_source_ok, self.counts.att_match)

    @property
    def figure_f1(self) -> float | None:
        c = self.counts
        return _f1(_ratio(c.fig_match, c.fig_pred) if c.fig_pred else 0.0, _ratio(c.fig_match, c.fig_gold))

    @property
    def figure_claimant_accuracy(self) -> float | None:
        return _ratio(self.counts.fig_claimant_ok, self.counts.fig_match)

    @property
    def hedge_recall(self) -> float | None:
        return _ratio(self.counts.hedge_found, self.counts.hedge_gold)

    @property
    def layout_recall(self) -> float | None:
        return _ratio(self.counts.role_found, self.counts.role_gold)


COLUMNS: list[tuple[str, str]] = [
    ("DQ P", "dq_precision"),
    ("DQ R", "dq_recall"),
    ("DQ F1", "dq_f1"),
    ("Speaker acc", "speaker_accuracy"),
    ("Spk entity", "speaker_entity_accuracy"),
    ("IQ R", "indirect_recall"),
    ("Attr F1", "attribution_f1"),
    ("Source", "source_accuracy"),
    ("Fig F1", "figure_f1"),
    ("Fig claimant", "figure_claimant_accuracy"),
    ("Hedge R", "hedge_recall"),
    ("Layout R", "layout_recall"),
]


@dataclass
class DocResult:
    name: str
    counts: Counts
    error: str | None = None
    misses: list[str] = field(default_factory=list)


@dataclass
class Report:
    directory: str
    documents: list[DocResult] = field(default_factory=list)

    @property
    def total(self) -> Scores:
        total = Counts()
        for d in self.documents:
            total += d.counts
        return Scores(total)


def _where(content: Content, gold_item: dict, key: str, after: int = 0) -> tuple[int, int] | None:
    """Where a gold item's ``key`` string stands: its stored offsets (real-text sets keep
    them as ``KEY_span``, or ``span`` for the item's own text), else located by content."""
    span_key = "span" if key == "text" else f"{key}_span"
    if span_key in gold_item:
        start, end = gold_item[span_key]
        return int(start), int(end)
    return content.locate(gold_item.get(key, ""), after)


def score(reading: Reading, gold: dict) -> DocResult:
    """Compare one reading with its gold file."""
    text = reading.document.text
    content = Content(text)
    c = Counts()
    misses: list[str] = []

    # -- direct quotes (coverage both ways) and speakers ------------------------------------
    gold_quotes = gold.get("quotes", [])
    located: list[tuple[dict, set[int]]] = []
    cursor = 0
    for g in gold_quotes:
        where = _where(content, g, "text", cursor)
        if where is None:
            misses.append(f"gold quote not in text: {g['text'][:50]!r}")
            continue
        cursor = where[0]
        located.append((g, content.positions(*where)))
    gold_direct = [(g, pos) for g, pos in located if g.get("kind", "direct") == "direct"]
    gold_indirect = [(g, pos) for g, pos in located if g.get("kind") == "indirect"]
    pred = [(q, content.positions(q.span.start, q.span.end)) for q in reading.quotes]
    pred_direct = [(q, pos) for q, pos in pred if q.kind == "direct"]

    gold_direct_union: set[int] = set().union(*(pos for _, pos in gold_direct)) if gold_direct else set()
    c.dq_gold = len([g for g in gold_quotes if g.get("kind", "direct") == "direct"])
    c.dq_pred = len(pred_direct)
    for q, pos in pred_direct:
        if pos and len(pos & gold_direct_union) >= COVER * len(pos):
            c.dq_pred_correct += 1
        else:
            misses.append(f"spurious direct quote: {q.text[:50]!r}")
    correct_pred_union: set[int] = set()
    for _, pos in pred_direct:
        if pos and len(pos & gold_direct_union) >= COVER * len(pos):
            correct_pred_union |= pos
    for g, pos in gold_direct:
        if pos and len(pos & correct_pred_union) >= COVER * len(pos):
            c.dq_gold_found += 1
        else:
            misses.append(f"missed direct quote: {g['text'][:50]!r}")

    # speaker accuracy over gold quotes (direct and indirect) that a prediction overlaps
    for g, pos in located:
        # the tightest of equal overlaps: a quote inside a quote is matched to itself
        best = max(pred, key=lambda item: (len(item[1] & pos), -len(item[1])), default=None)
        if best is None or not pos or len(best[1] & pos) < INDIRECT_OVERLAP * len(pos):
            continue
        c.spk_total += 1
        said = best[0].speaker.name if best[0].speaker else None
        if g.get("speaker_aliases"):
            c.spk_entity_total += 1
            names = {norm_name(a) for a in g["speaker_aliases"]} | {norm_name(g.get("speaker"))}
            if norm_name(said) in names:
                c.spk_entity_correct += 1
        if same_speaker(said, g.get("speaker"), content):
            c.spk_correct += 1
        else:
            misses.append(f"speaker {said!r} for {g.get('speaker')!r}: {g['text'][:40]!r}")

    # -- indirect quotes: recall ---------------------------------------------------------------
    c.iq_gold = len([g for g in gold_quotes if g.get("kind") == "indirect"])
    for g, pos in gold_indirect:
        if any(pos and len(p & pos) >= INDIRECT_OVERLAP * len(pos) for _, p in pred):
            c.iq_found += 1
        else:
            misses.append(f"missed indirect quote: {g['text'][:50]!r}")

    # -- attributions: relation + overlapping evidence, one to one --------------------------
    # The guide accepts an indirect quote whose speaker is X as the record of X's `reported` or
    # `claimed` statement, so such a quote over the evidence also finds the gold attribution
    # (it adds to recall only: quotes are not counted as predicted attributions).
    gold_atts = gold.get("attributions", [])
    c.att_gold = len(gold_atts)
    c.att_pred = len(reading.attributions)
    used: set[int] = set()
    for g in gold_atts:
        where = _where(content, g, "evidence")
        gpos = content.positions(*where) if where else set()
        found_source: str | None | bool = False
        for n, a in enumerate(reading.attributions):
            if n in used or a.relation != g.get("relation"):
                continue
            apos = content.positions(a.evidence.span.start, a.evidence.span.end)
            if gpos and apos and len(gpos & apos) >= 0.3 * min(len(gpos), len(apos)):
                used.add(n)
                found_source = a.source.name if a.source else None
                c.att_pred_match += 1
                break
        if found_source is False and g.get("relation") in {"reported", "claimed"} and gpos:
            for q, qpos in pred:
                said = q.speaker.name if q.speaker else None
                if qpos & gpos and said and norm_name(said) == norm_name(g.get("source")):
                    found_source = said
                    break
        if found_source is False:
            misses.append(f"missed attribution {g.get('relation')}: {g.get('evidence', '')[:50]!r}")
            continue
        c.att_match += 1
        if "source" not in g or norm_name(found_source) == norm_name(g.get("source")):
            c.att_source_ok += 1
        else:
            misses.append(f"source {found_source!r} for {g.get('source')!r}: {g.get('evidence', '')[:40]!r}")

    for n, a in enumerate(reading.attributions):
        if n not in used:
            misses.append(f"spurious attribution {a.relation}: {a.evidence.text[:50]!r}")

    # -- figures: value (and where gold gives its text, the place), one to one ---------------
    gold_figs = gold.get("figures", [])
    c.fig_gold = len(gold_figs)
    c.fig_pred = len(reading.figures)
    taken: set[int] = set()
    for g in gold_figs:
        where = _where(content, g, "text") if g.get("text") else None
        for n, f in enumerate(reading.figures):
            if n in taken or float(f.value) != float(g.get("value")):
                continue
            if where is not None and not (f.span.start < where[1] and f.span.end > where[0]):
                continue
            taken.add(n)
            c.fig_match += 1
            if norm_name(f.claimant.name if f.claimant else None) == norm_name(g.get("source")):
                c.fig_claimant_ok += 1
            else:
                claimed = f.claimant.name if f.claimant else None
                misses.append(f"figure {g.get('value')} claimant {claimed!r} for {g.get('source')!r}")
            break
        else:
            misses.append(f"missed figure {g.get('value')} {g.get('unit', '')}: {g.get('text', '')[:40]!r}")
    for n, f in enumerate(reading.figures):
        if n not in taken:
            misses.append(f"spurious figure {f.value:g}: {f.text[:40]!r}")

    # -- hedges: the cue found inside the hedged text -----------------------------------------
    gold_hedges = gold.get("hedged", [])
    c.hedge_gold = len(gold_hedges)
    for g in gold_hedges:
        where = _where(content, g, "text")
        cue = norm_name(g.get("cue"))
        cue_at = tuple(g["cue_span"]) if "cue_span" in g else None
        # a hedge is found where a predicted cue stands on the gold cue ("tror jeg" / "tror"),
        # or, without stored offsets, where the cue reads the same inside the hedged text
        hit = where is not None and any(
            (h.span.start < cue_at[1] and h.span.end > cue_at[0])
            if cue_at is not None
            else (norm_name(h.cue) == cue and h.span.start < where[1] and h.span.end > where[0])
            for h in reading.hedges
        )
        if hit:
            c.hedge_found += 1
        else:
            misses.append(f"missed hedge {g.get('cue')!r}: {g.get('text', '')[:40]!r}")

    # -- layout: boilerplate and headings recognised -----------------------------------------
    roles = {norm_name(p.text): p.role for p in reading.document.paragraphs}
    for role, key in (("boilerplate", "boilerplate"), ("heading", "headings")):
        for para in gold.get(key, []):
            c.role_gold += 1
            if roles.get(norm_name(para)) == role:
                c.role_found += 1
            else:
                misses.append(f"{role} not recognised: {para[:40]!r}")
    return DocResult(name="", counts=c, misses=misses)


def gold_pairs(directory: Path) -> Iterable[tuple[Path, Path]]:
    for gold in sorted(directory.rglob("*.gold.json")):
        txt = gold.with_name(gold.name[: -len(".gold.json")] + ".txt")
        if txt.is_file():
            yield txt, gold


#: share of the written sets (evaluation/written/CODE) held out as test, never tuned on
WRITTEN_TEST_SHARE = 0.45


def written_split(name: str) -> str:
    """``test`` or ``dev`` for a written document, from a hash of its file name alone: the
    house draw (evaluation/select.py) ranks a fixed selection, but the written sets grow while
    they are being written, and a document's split must not change when another arrives."""
    stem = Path(name).name.removesuffix(".txt").removesuffix(".gold.json")
    draw = int(hashlib.sha1(stem.encode("utf-8")).hexdigest(), 16) / 16**40
    return "test" if draw < WRITTEN_TEST_SHARE else "dev"


def evaluate_dir(
    directory: Path, lang: str | None = None, model: str | None = None, split: str | None = None
) -> Report:
    """Score every ``NAME.txt`` with a ``NAME.gold.json`` under ``directory``; ``split``
    (dev or test) keeps only that share of the documents (:func:`written_split`)."""
    report = Report(directory=str(directory))
    for txt, gold_path in gold_pairs(directory):
        name = str(txt.relative_to(directory))
        if split is not None and written_split(name) != split:
            continue
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
            source = SourceDoc(text=decode(txt.read_bytes(), str(txt)), origin=str(txt), published=published)
            reading = analyze(source, lang=lang or gold.get("language"), model=model)
        except (InputError, ValueError, KeyError, OSError) as exc:
            report.documents.append(DocResult(name=name, counts=Counts(), error=str(exc)))
            continue
        result = score(reading, gold)
        result.name = name
        report.documents.append(result)
    return report


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def render_table(report: Report, console: Console, misses: bool = False) -> None:
    table = Table(title=f"sourcetrace evaluate {report.directory}")
    table.add_column("document")
    for title, _ in COLUMNS:
        table.add_column(title, justify="right")
    for d in report.documents:
        if d.error:
            table.add_row(d.name, f"[red]{d.error}[/red]", *[""] * (len(COLUMNS) - 1))
            continue
        s = Scores(d.counts)
        table.add_row(d.name, *[_fmt(getattr(s, attr)) for _, attr in COLUMNS])
    total = report.total
    table.add_row("[bold]total[/bold]", *[f"[bold]{_fmt(getattr(total, a))}[/bold]" for _, a in COLUMNS])
    console.print(table)
    c = total.counts
    console.print(
        f"gold: {c.dq_gold} direct quotes, {c.iq_gold} indirect, {c.att_gold} attributions, "
        f"{c.fig_gold} figures, {c.hedge_gold} hedges; predicted: {c.dq_pred} direct quotes, "
        f"{c.att_pred} attributions, {c.fig_pred} figures"
    )
    if misses:
        for d in report.documents:
            for line in d.misses:
                console.print(f"  {d.name}: {line}", highlight=False, markup=False)


def render_markdown(report: Report) -> str:
    head = "| document | " + " | ".join(t for t, _ in COLUMNS) + " |"
    rule = "|---|" + "---:|" * len(COLUMNS)
    rows = [head, rule]
    for d in report.documents:
        if d.error:
            rows.append(f"| {d.name} | error: {d.error} |" + " |" * (len(COLUMNS) - 1))
            continue
        s = Scores(d.counts)
        rows.append(f"| {d.name} | " + " | ".join(_fmt(getattr(s, a)) for _, a in COLUMNS) + " |")
    t = report.total
    rows.append("| **total** | " + " | ".join(f"**{_fmt(getattr(t, a))}**" for _, a in COLUMNS) + " |")
    return "\n".join(rows) + "\n"


def evaluate_real(
    root: Path,
    split: str | None = None,
    sets: Iterable[str] | None = None,
    data_dir: Path | None = None,
    model: str | None = None,
) -> dict[str, Report]:
    """Score the real-text sets under ``root`` (``SET/*.json`` annotation files, see
    :mod:`sourcetrace.goldsets`), one report per set, on one split or both."""
    from .goldsets import SETS, GoldSetError, load_document, shared_data_dir
    from .goldsets.annotations import to_gold

    data = data_dir or shared_data_dir()
    if data is None:
        raise InputError("the corpora are not here: ../shared/data not found (set SOURCETRACE_SHARED)")
    wanted = list(sets) if sets else list(SETS)
    reports: dict[str, Report] = {}
    for set_name in wanted:
        if set_name not in SETS:
            raise InputError(f"unknown set {set_name!r} (known: {', '.join(SETS)})")
        report = Report(directory=f"{root / set_name}" + (f" ({split})" if split else ""))
        for path in sorted((root / set_name).glob("*.json")):
            stored = json.loads(path.read_text(encoding="utf-8"))
            if split and stored.get("split") != split:
                continue
            name = stored.get("doc", path.stem)
            try:
                doc = load_document(stored["corpus"], stored["doc"], data)
                gold = to_gold(doc, stored)
                source = SourceDoc(
                    text=doc.text, origin=f"{doc.corpus}:{doc.doc_id}",
                    published=doc.published, source=doc.source,
                )
                reading = analyze(source, lang=doc.language, model=model)
            except (GoldSetError, InputError, ValueError, KeyError, OSError) as exc:
                report.documents.append(DocResult(name=name, counts=Counts(), error=str(exc)))
                continue
            result = score(reading, gold)
            result.name = name
            report.documents.append(result)
        reports[set_name] = report
    return reports
