"""The readable terminal report of a reading (Rich): quotes grouped by speaker, the sourcing
chain, figures, hedges, dates and entities."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from .model import Quote, Reading

_KIND_STYLE = {"named": "bold cyan", "organisation": "bold magenta", "descriptive": "bold yellow",
               "pronoun": "bold", "unknown": "dim"}


def _quote_line(q: Quote) -> str:
    text = escape(q.text if len(q.text) <= 220 else q.text[:217] + "…")
    mark = "“" + text + "”" if q.kind == "direct" else f"[italic]{text}[/italic] [dim](indirect)[/dim]"
    extras = []
    if q.cue:
        extras.append(f"cue: {escape(q.cue.text)}")
    if q.medium:
        extras.append(f"medium: {escape(q.medium)}")
    if q.recipient:
        extras.append(f"to: {escape(q.recipient)}")
    if q.addressee:
        extras.append(f"addressed to: {escape(q.addressee)}")
    if q.hedges:
        extras.append("hedged")
    tail = f"  [dim]({'; '.join(extras)})[/dim]" if extras else ""
    return f"{mark}{tail}"


def print_reading(reading: Reading, console: Console) -> None:
    doc = reading.document
    title = doc.title or doc.origin or doc.id[:12]
    facts = [doc.language]
    if doc.published:
        facts.append(f"published {doc.published.isoformat()}")
    if doc.source:
        facts.append(doc.source)
    console.rule(f"[bold]{escape(title)}[/bold]  [dim]{escape(', '.join(facts))}[/dim]")

    by_speaker: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for q in reading.quotes:
        key = (q.speaker.name, q.speaker.kind) if q.speaker else ("(speaker unknown)", "unknown")
        by_speaker[key].append(q)
    tree = Tree(f"[bold]Quotes[/bold] ({len(reading.quotes)})")
    for (name, kind), quotes in by_speaker.items():
        branch = tree.add(f"[{_KIND_STYLE.get(kind, 'bold')}]{escape(name)}[/] [dim]{kind}[/dim]")
        for q in quotes:
            branch.add(_quote_line(q))
    console.print(tree)

    if reading.attributions:
        table = Table(title="Sourcing", title_justify="left", show_lines=False, expand=False)
        for col in ("source", "relation", "to", "evidence"):
            table.add_column(col, overflow="fold")
        for a in reading.attributions:
            table.add_row(escape(a.source.name), a.relation, escape(a.recipient or ""), escape(a.evidence.text))
        console.print(table)

    if reading.provenance:
        chain = Tree("[bold]Provenance[/bold]")
        for e in reading.provenance:
            chain.add(f"{escape(e.source)} [dim]--{escape(e.relation)}-->[/dim] {escape(e.target)}")
        console.print(chain)

    if reading.figures:
        table = Table(title="Figures", title_justify="left")
        for col in ("value", "unit", "counts", "claimant", "text"):
            table.add_column(col, overflow="fold")
        for f in reading.figures:
            value = f"{f.value:g}" + (f"–{f.value_max:g}" if f.value_max is not None else "")
            if f.bound not in ("exact", "range"):
                value = f"{f.bound.replace('_', ' ')} {value}"
            table.add_row(value, escape(f.unit or ""), escape(f.counts or ""),
                          escape(f.claimant.name if f.claimant else ""), escape(f.text))
        console.print(table)

    if reading.hedges:
        table = Table(title="Hedges", title_justify="left")
        for col in ("cue", "meaning", "scope"):
            table.add_column(col, overflow="fold")
        for h in reading.hedges:
            table.add_row(escape(h.cue), h.meaning, escape(h.scope.text if h.scope else ""))
        console.print(table)

    if reading.dates:
        console.print("[bold]Dates[/bold]: " + "; ".join(
            escape(f"{d.text} = {d.value or d.relative or '?'}") for d in reading.dates))
    if reading.entities:
        console.print("[bold]Entities[/bold]: " + ", ".join(
            escape(f"{e.text} ({e.type})") for e in reading.entities))
    roles = [p for p in doc.paragraphs if p.role != "body"]
    if roles:
        console.print("[bold]Layout[/bold]: " + "; ".join(escape(f"{p.role}: {p.text}") for p in roles))
    console.print()
