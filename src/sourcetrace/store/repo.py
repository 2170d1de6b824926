"""Reading and writing the corpus. Every document is written in one transaction with all its
records and its search entry, so an ingest killed at any moment leaves whole documents only."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    and_,
    delete,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    tuple_,
    union,
)
from sqlalchemy.orm import sessionmaker

from ..model import Reading

if TYPE_CHECKING:
    from ..corrections import Correction
from . import fulltext, speaker_names, speaker_totals
from .engine import make_engine, migrate
from .keys import body_hash, name_key, names_key, normalised_words
from .models import (
    AttributionRow,
    CorrectionRow,
    DocumentRow,
    FigureRow,
    HedgeRow,
    QuoteRow,
    SpeakerRow,
)

Status = Literal["created", "updated", "exists"]


def content_id(text: str) -> str:
    """The document id: sha256 of the original text, as :func:`sourcetrace.analysis.analyze` sets it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Page:
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
        }


@dataclass
class DocumentFilter:
    q: str | None = None
    language: str | None = None
    outlet: str | None = None
    speaker: str | None = None
    relation: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _ieq(column, value: str):  # noqa: ANN001, ANN202 - SQLAlchemy expressions
    return func.lower(column) == value.lower()


def _speaker_named(name: str):  # noqa: ANN202 - SQLAlchemy expression
    """Speaker rows named ``name`` in any case, for a name without words (``?speaker=--``),
    which has no folded key; every other name is looked up in :mod:`.speaker_names`."""
    return _ieq(SpeakerRow.name, name)


#: a filtered page with at most this many matching rows is read from its matches (fetched
#: through an index and sorted), a larger one by walking the documents in the page's order
NARROW_ROWS = 1_000

#: how alike two texts under the same canonical URL must be (rapidfuzz ratio, 0-100) to be one
#: article read twice rather than an article and its later update
SAME_URL_SIMILARITY = 90.0


class Store:
    """A corpus on one database: open it with :func:`open_store`."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.dialect = engine.dialect.name
        self.session = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ------------------------------------------------------------------------------

    def stored_version(self, doc_id: str) -> str | None:
        """The pipeline version a document was stored with, or None when it is not stored."""
        with self.session() as s:
            return s.scalar(select(DocumentRow.pipeline_version).where(DocumentRow.id == doc_id))

    def save(self, reading: Reading, replace: bool = True) -> Status:
        """Store one reading with all its records, in one transaction (see :meth:`save_rows`);
        the corrections people made to its speakers are applied on top of it first."""
        return self.save_rows(reading_rows(self._corrected(reading)), replace=replace)

    def save_rows(self, rows: ReadingRows, replace: bool = True) -> Status:
        """Store one prepared reading with all its records and its search entry, in one
        transaction.

        The document row goes in first with ``ON CONFLICT DO NOTHING``, so several processes
        storing the same text at once never abort on the primary key: the first stores it, the
        others find it stored. A document stored already is replaced when ``replace`` (status
        "updated") and left alone otherwise ("exists")."""
        return self.save_batch([(rows, replace)])[0]

    def save_batch(self, entries: Sequence[tuple[ReadingRows, bool]]) -> list[Status]:
        """Store several prepared readings (each with its ``replace``) in one transaction: whole
        documents only, as :meth:`save_rows`, with one commit for the lot. Core statements, not
        the ORM: the single writer of a parallel ingest must keep up with its workers."""
        with self.engine.begin() as conn:
            return [self._write(conn, rows, replace) for rows, replace in entries]

    def _write(self, conn: Connection, rows: ReadingRows, replace: bool) -> Status:
        values = {**rows.document, "ingested_at": dt.datetime.now(dt.UTC).replace(tzinfo=None)}
        doc_id = values["id"]
        inserted = conn.execute(_insert_ignoring_duplicates(self.dialect, values)).first()
        status: Status = "created"
        if inserted is None:
            if not replace:
                return "exists"
            # another writer replacing it right now holds this row; when it commits, the row we
            # waited for is gone and its reading is the newest: keep that one
            locked = conn.execute(
                select(DocumentRow.reading).where(DocumentRow.id == doc_id).with_for_update()
            ).first()
            if locked is None:
                return "exists"
            values["reading"] = _keep_origins(locked.reading, values["reading"])
            speaker_totals.remove_document(conn, self.dialect, doc_id)
            speaker_names.remove_document(conn, doc_id)
            for table in (SpeakerRow, QuoteRow, AttributionRow, FigureRow, HedgeRow):
                conn.execute(delete(table).where(table.document_id == doc_id))
            conn.execute(delete(DocumentRow).where(DocumentRow.id == doc_id))
            conn.execute(insert(DocumentRow), [values])
            status = "updated"
        for table, records in rows.records.items():
            if records:
                conn.execute(insert(table), records)
        speaker_totals.add_document(
            conn, self.dialect, rows.records.get(SpeakerRow, []), rows.records.get(QuoteRow, [])
        )
        speaker_names.add_document(conn, rows.records.get(SpeakerRow, []))
        fulltext.index_document(
            conn, self.dialect, doc_id, values["title"], values["text"], new=status == "created"
        )
        return status

    # -- corrections --------------------------------------------------------------------------

    def corrections(self, doc_id: str | None = None) -> list[Correction]:
        """Corrections in the order they were made: all, or those that apply to ``doc_id``."""
        from ..corrections import Correction

        stmt = select(CorrectionRow).order_by(CorrectionRow.pk)
        if doc_id is not None:
            stmt = stmt.where(
                or_(CorrectionRow.document_id == doc_id, CorrectionRow.document_id.is_(None))
            )
        with self.session() as s:
            return [
                Correction.model_validate({**_json(row.data), "id": row.pk})
                for row in s.scalars(stmt)
            ]

    def _corrected(self, reading: Reading) -> Reading:
        from ..corrections import apply_corrections

        corrections = self.corrections(reading.document.id)
        return apply_corrections(reading, corrections) if corrections else reading

    def add_correction(self, correction: Correction) -> tuple[Correction, list[str]]:
        """Keep a correction and apply it to the stored documents it concerns; the stored
        correction (with its id) and the ids of the documents it changed."""
        if correction.document_id is not None and self.stored_version(correction.document_id) is None:
            raise KeyError(correction.document_id)
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self.session.begin() as s:
            row = CorrectionRow(
                kind=correction.kind,
                document_id=correction.document_id,
                data=correction.model_dump(mode="json", exclude={"id", "created"}),
                created_at=now,
            )
            s.add(row)
            s.flush()
            stored = correction.model_copy(update={"id": row.pk, "created": now})
        if correction.document_id is not None:
            candidates = [correction.document_id]
        else:
            candidates = sorted(
                {
                    item["id"]
                    for name in correction.names
                    for item in self.documents(DocumentFilter(speaker=name), limit=100_000).items
                }
            )
        changed = []
        for doc_id in candidates:
            reading = self.reading(doc_id)
            if reading is None:
                continue
            before = reading.model_dump_json()
            self.save(reading)
            if self.reading_json(doc_id) != before:
                changed.append(doc_id)
        return stored, changed

    def origin_of(self, doc_id: str) -> str | None:
        """The origin a document was first read from."""
        with self.session() as s:
            return s.scalar(select(DocumentRow.origin).where(DocumentRow.id == doc_id))

    def same_article(self, text: str, url: str | None = None) -> str | None:
        """The id of a stored document that is this article in another file or format: the
        same words (a ``.txt`` and an ``.html`` copy), or, under the same canonical URL, nearly
        the same words (one copy without the headline). None when there is none."""
        from rapidfuzz import fuzz

        with self.session() as s:
            same = s.scalar(
                select(DocumentRow.id).where(DocumentRow.body_hash == body_hash(text)).limit(1)
            )
            if same is not None or not url:
                return same
            words = normalised_words(text)
            for doc_id, other in s.execute(
                select(DocumentRow.id, DocumentRow.text).where(DocumentRow.url == url).limit(20)
            ):
                if fuzz.ratio(words, normalised_words(other)) >= SAME_URL_SIMILARITY:
                    return doc_id
        return None

    def add_origin(
        self, doc_id: str, origin: str, url: str | None = None, title: str | None = None
    ) -> bool:
        """Record that ``doc_id`` was read again from ``origin`` (kept in the document's
        ``meta.origins``, first origin first); a missing URL or title is filled from the new
        copy. False when the origin is known already."""
        with self.session.begin() as s:
            row = s.get(DocumentRow, doc_id)
            if row is None:
                return False
            reading = json.loads(row.reading)
            meta = reading["document"].setdefault("meta", {})
            origins = meta.setdefault("origins", [{"origin": row.origin, "url": row.url}])
            if any(o.get("origin") == origin for o in origins):
                return False
            origins.append({"origin": origin, "url": url})
            if url and not row.url:
                row.url = reading["document"]["url"] = url
            if title and not row.title:
                row.title = reading["document"]["title"] = title
                fulltext.unindex_document(s, self.dialect, doc_id)
                fulltext.index_document(s, self.dialect, doc_id, title, row.text)
            row.reading = json.dumps(reading, ensure_ascii=False)
        return True

    def delete(self, doc_id: str) -> bool:
        with self.session.begin() as s:
            row = s.get(DocumentRow, doc_id)
            if row is None:
                return False
            speaker_totals.remove_document(s, self.dialect, doc_id)
            speaker_names.remove_document(s, doc_id)
            for table in (SpeakerRow, QuoteRow, AttributionRow, FigureRow, HedgeRow):
                s.execute(delete(table).where(table.document_id == doc_id))
            fulltext.unindex_document(s, self.dialect, doc_id)
            s.delete(row)
        return True

    # -- reading ------------------------------------------------------------------------------

    def reading_json(self, doc_id: str) -> str | None:
        """The stored ``Reading`` as JSON text, exactly as it was analysed."""
        with self.session() as s:
            return s.scalar(select(DocumentRow.reading).where(DocumentRow.id == doc_id))

    def reading(self, doc_id: str) -> Reading | None:
        raw = self.reading_json(doc_id)
        return Reading.model_validate_json(raw) if raw is not None else None

    def count(self, table: type = DocumentRow, doc_id: str | None = None) -> int:
        stmt = select(func.count()).select_from(table)
        if doc_id is not None:
            stmt = stmt.where(table.document_id == doc_id)
        with self.session() as s:
            return int(s.scalar(stmt) or 0)

    def document_ids(self) -> list[str]:
        with self.session() as s:
            return list(s.scalars(select(DocumentRow.id).order_by(DocumentRow.id)))

    def _document_key(self):  # noqa: ANN202 - SQLAlchemy expression
        """``documents.id`` kept out of SQLite's index choice (``+documents.id``), so the planner
        reads documents in the order of the page, newest first, instead of by their ids."""
        return literal_column("+documents.id") if self.dialect == "sqlite" else DocumentRow.id

    def _page(
        self,
        stmt: Select,
        limit: int,
        offset: int,
        row_to_item,  # noqa: ANN001
        count: Select | None = None,
        narrow: Select | None = None,
    ) -> Page:
        """A page of ``stmt``'s rows and their total, counted by ``count`` when given (a cheaper
        statement with the same answer) or else over ``stmt`` itself.

        ``narrow`` is ``stmt`` planned from the few rows an index finds (fetch them, sort them)
        where ``stmt`` walks the documents in page order (a page of a common name fills at
        once, but a rare one reads the whole store): it is read when the total is at most
        :data:`NARROW_ROWS`. Both give the same rows."""
        if count is None:
            count = select(func.count()).select_from(stmt.order_by(None).subquery())
        with self.session() as s:
            total = int(s.scalar(count) or 0)
            if narrow is not None and total <= NARROW_ROWS:
                stmt = narrow
            rows = s.execute(stmt.limit(limit).offset(offset)).all()
        return Page([row_to_item(r) for r in rows], total, limit, offset)

    def documents(self, f: DocumentFilter, limit: int = 50, offset: int = 0) -> Page:
        d = DocumentRow
        key = name_key(f.speaker) if f.speaker else ""

        def matching(walk: bool) -> Select:
            """The filtered documents newest first. ``walk``: the conditions an index could
            answer (words, speaker, language) are kept out of SQLite's index choice, so it
            walks the documents newest first and stops when the page is full (fetching every
            match and sorting it took 250 ms when half of 24,000 documents named a speaker);
            else it fetches the matches through those indexes and sorts them, the better plan
            when they are few."""
            document_key = self._document_key() if walk else d.id
            stmt = select(
                d.id, d.title, d.source, d.language, d.published, d.origin, d.n_quotes,
                d.n_attributions,
            )  # fmt: skip
            if f.q and fulltext.words(f.q):
                stmt = stmt.where(fulltext.matches(self.dialect, f.q, document_key))
            if f.language:
                language = (
                    literal_column("+documents.language")
                    if walk and self.dialect == "sqlite"
                    else d.language
                )
                stmt = stmt.where(language == f.language.lower())
            if f.outlet:
                stmt = stmt.where(_ieq(d.source, f.outlet))
            if f.date_from:
                stmt = stmt.where(d.published >= f.date_from)
            if f.date_to:
                stmt = stmt.where(d.published <= f.date_to)
            if key:  # the documents of the speakers known by the name (speaker_names)
                stmt = stmt.where(document_key.in_(speaker_names.documents_named(key)))
            elif f.speaker:  # a name without words has no folded key
                stmt = stmt.where(
                    exists().where(and_(SpeakerRow.document_id == d.id, _speaker_named(f.speaker)))
                )
            if f.relation:
                stmt = stmt.where(
                    exists().where(
                        and_(
                            AttributionRow.document_id == d.id,
                            AttributionRow.relation == f.relation,
                        )
                    )
                )
            return stmt.order_by(d.published.desc().nulls_last(), d.ingested_at.desc(), d.id)

        narrow = count = None
        if key or f.language or (f.q and fulltext.words(f.q)):
            narrow = matching(walk=False)
            count = select(func.count()).select_from(narrow.order_by(None).subquery())
            only_words = not (
                f.language or f.outlet or f.speaker or f.relation or f.date_from or f.date_to
            )
            words_count = fulltext.count_select(self.dialect, f.q) if f.q else None
            if only_words and words_count is not None:  # in the full-text index alone
                count = words_count
        return self._page(
            matching(walk=True),
            limit,
            offset,
            lambda r: {
                "id": r.id,
                "title": r.title,
                "source": r.source,
                "language": r.language,
                "published": r.published.isoformat() if r.published else None,
                "origin": r.origin,
                "n_quotes": r.n_quotes,
                "n_attributions": r.n_attributions,
            },
            count,
            narrow,
        )

    def speakers(
        self, q: str | None = None, kind: str | None = None, limit: int = 50, offset: int = 0
    ) -> Page:
        """Speakers across the corpus, most quoted first, read from the totals kept at ingest
        (:mod:`.speaker_totals`): the same answer as grouping every speaker row, in
        milliseconds at any corpus size."""
        stmt = speaker_totals.speakers_select(f"%{_like(q)}%" if q else None, kind)
        return self._page(
            stmt,
            limit,
            offset,
            lambda r: {
                "name": r.name,
                "kind": r.kind,
                "n_quotes": r.n_quotes,
                "n_documents": r.n_documents,
            },
        )

    def _records_page(
        self,
        row_cls: type,
        key: str,
        conditions: Sequence,
        limit: int,
        offset: int,
        count: Select | None = None,
        matching: Select | None = None,
    ) -> Page:
        # Documents newest first (index ix_documents_published_id), each one's records by its index:
        # read so, a page costs its own rows. SQLite's planner chose to read every record and
        # sort them all (274 ms at 10k documents); "+documents.id" keeps the primary key out of
        # the join, so it reads the documents in order and looks their records up.
        # ``matching``: the ids of the records the conditions pick, found through indexes; with
        # few of them, those are fetched and sorted instead (see Store._page).
        def page_of(document_key, *narrowing) -> Select:  # noqa: ANN001
            return (
                select(row_cls.document_id, DocumentRow.title, row_cls.data)
                .select_from(DocumentRow)
                .join(row_cls, row_cls.document_id == document_key)
                .where(*conditions, *narrowing)
                .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id, row_cls.pk)
            )

        stmt = page_of(self._document_key())
        narrow = None if matching is None else page_of(DocumentRow.id, row_cls.pk.in_(matching))
        if count is None:
            # the records counted alone (each has its document: a foreign key, and they are
            # written and removed with it), in the smallest index that answers: over the join
            # with "+documents.id" SQLite could start from an index on the condition and scan
            # every document for each record (attributions?relation= ran for minutes at
            # 24,000 documents); over the plain join it read every quote (389 ms at 59,500)
            count = select(func.count()).select_from(row_cls).where(*conditions)
        return self._page(
            stmt,
            limit,
            offset,
            lambda r: {"document_id": r.document_id, "document_title": r.title, key: _json(r.data)},
            count,
            narrow,
        )

    def quotes(
        self,
        speaker: str | None = None,
        document_id: str | None = None,
        q: str | None = None,
        kind: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        conds = []
        matching = None
        if speaker:
            # the quotes given to the name in any case (index ix_quotes_speaker_lower) or to the
            # speakers known by it (speaker_names): the page walks documents newest first and
            # stops after its rows; the total counts the matching quotes' ids through the two
            # indexes, without reading a quote (matching LIKE over every speaker row and
            # counting over every quote took 5.4 s at 53,500 documents)
            key = name_key(speaker)
            if key:
                named = speaker_names.speakers_named(key)
            else:
                named = select(SpeakerRow.document_id, SpeakerRow.name).where(_speaker_named(speaker))
            given = tuple_(QuoteRow.document_id, QuoteRow.speaker_name).in_(named)
            conds.append(or_(_ieq(QuoteRow.speaker_name, speaker), given))
            matching = union(
                select(QuoteRow.pk).where(_ieq(QuoteRow.speaker_name, speaker)),
                select(QuoteRow.pk).where(given),
            ).subquery()
        if document_id:
            conds.append(QuoteRow.document_id == document_id)
        if q:
            conds.append(QuoteRow.text.ilike(f"%{_like(q)}%", escape="\\"))
        if kind:
            conds.append(QuoteRow.kind == kind)
        count = None
        if matching is not None:
            count = select(func.count()).select_from(matching)
            if len(conds) > 1:  # other conditions too: count the matching quotes that meet them
                count = (
                    select(func.count())
                    .select_from(QuoteRow)
                    .where(QuoteRow.pk.in_(select(matching.c.pk)), *conds[1:])
                )
        ids = None if matching is None else select(matching.c.pk)
        return self._records_page(QuoteRow, "quote", conds, limit, offset, count, ids)

    def attributions(
        self,
        relation: str | None = None,
        source: str | None = None,
        document_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        conds = []
        if relation:
            conds.append(AttributionRow.relation == relation)
        if source:
            conds.append(_ieq(AttributionRow.source_name, source))
        if document_id:
            conds.append(AttributionRow.document_id == document_id)
        return self._records_page(AttributionRow, "attribution", conds, limit, offset)

    def figures(
        self,
        claimant: str | None = None,
        counts: str | None = None,
        document_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        conds = []
        if claimant:
            conds.append(_ieq(FigureRow.claimant_name, claimant))
        if counts:
            conds.append(_ieq(FigureRow.counts, counts))
        if document_id:
            conds.append(FigureRow.document_id == document_id)
        return self._records_page(FigureRow, "figure", conds, limit, offset)

    def search(self, q: str, limit: int = 50, offset: int = 0) -> Page:
        if not fulltext.words(q):
            return Page([], 0, limit, offset)
        stmt = fulltext.search_select(self.dialect, q)
        return self._page(
            stmt,
            limit,
            offset,
            lambda r: {"document_id": r.document_id, "title": r.title, "snippet": r.snippet},
            fulltext.count_select(self.dialect, q),
        )


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


@dataclass
class ReadingRows:
    """One reading as the plain values of its rows: made where the reading is done (a worker
    process or a cluster node), so the single writer only inserts them."""

    document: dict[str, Any]
    records: dict[type, list[dict[str, Any]]]


def _insert_ignoring_duplicates(dialect: str, values: dict[str, Any]):  # noqa: ANN202
    """``INSERT ... ON CONFLICT DO NOTHING`` of one document row, in the store's dialect."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return (
        dialect_insert(DocumentRow)
        .values(**values)
        .on_conflict_do_nothing()
        .returning(DocumentRow.id)  # a row back only when this insert stored it
    )


def _keep_origins(stored: str, new: str) -> str:
    """The new reading's JSON, keeping the other files the stored one was read from too."""
    origins = json.loads(stored)["document"].get("meta", {}).get("origins")
    if not origins:
        return new
    reading = json.loads(new)
    meta = reading["document"].setdefault("meta", {})
    if "origins" in meta:
        return new
    meta["origins"] = origins
    return json.dumps(reading, ensure_ascii=False)


def reading_rows(reading: Reading) -> ReadingRows:
    """The rows of one reading: the document (without its write time) and its records."""
    doc = reading.document
    doc_id = doc.id
    document = {
        "id": doc_id,
        "language": doc.language,
        "published": doc.published,
        "source": doc.source,
        "title": doc.title,
        "url": doc.url,
        "origin": doc.origin,
        "text": doc.text,
        "pipeline_version": reading.pipeline_version,
        "reading": reading.model_dump_json(),
        "n_quotes": len(reading.quotes),
        "n_attributions": len(reading.attributions),
        "body_hash": body_hash(doc.text),
    }
    speakers = [
        {
            "document_id": doc_id,
            "local_id": sp.id,
            "name": sp.name,
            "kind": sp.kind,
            "title": sp.title,
            "entity_type": sp.entity_type,
            "names_key": names_key([sp.name, *(doc.text[m.start : m.end] for m in sp.mentions)]),
        }
        for sp in reading.speakers
    ]
    quotes = [
        {
            "document_id": doc_id,
            "local_id": q.id,
            "kind": q.kind,
            "text": q.text,
            "start": q.span.start,
            "end": q.span.end,
            "speaker_name": q.speaker.name if q.speaker else None,
            "speaker_kind": q.speaker.kind if q.speaker else None,
            "cue": q.cue.text if q.cue else None,
            "medium": q.medium,
            "data": q.model_dump(mode="json"),
        }
        for q in reading.quotes
    ]
    attributions = [
        {
            "document_id": doc_id,
            "local_id": a.id,
            "source_name": a.source.name,
            "source_kind": a.source.kind,
            "relation": a.relation,
            "recipient": a.recipient,
            "object_text": a.object.text if a.object else None,
            "evidence_text": a.evidence.text,
            "medium": a.medium,
            "data": a.model_dump(mode="json"),
        }
        for a in reading.attributions
    ]
    figures = [
        {
            "document_id": doc_id,
            "local_id": f.id,
            "value": f.value,
            "value_max": f.value_max,
            "bound": f.bound,
            "text": f.text,
            "unit": f.unit,
            "counts": f.counts,
            "claimant_name": f.claimant.name if f.claimant else None,
            "data": f.model_dump(mode="json"),
        }
        for f in reading.figures
    ]
    hedges = [
        {
            "document_id": doc_id,
            "local_id": h.id,
            "cue": h.cue,
            "meaning": h.meaning,
            "start": h.span.start,
            "end": h.span.end,
            "data": h.model_dump(mode="json"),
        }
        for h in reading.hedges
    ]
    return ReadingRows(
        document=document,
        records={
            SpeakerRow: speakers,
            QuoteRow: quotes,
            AttributionRow: attributions,
            FigureRow: figures,
            HedgeRow: hedges,
        },
    )


def open_store(db: str | None = None, upgrade: bool = True) -> Store:
    """Open (and by default migrate) the store at ``db``: a path, an SQLite or PostgreSQL URL.

    Raises :class:`~sourcetrace.store.engine.StoreError` with a one-line reason when it cannot."""
    from sqlalchemy.exc import OperationalError

    from .engine import StoreError

    engine = make_engine(db)
    for attempt in range(3 if upgrade else 0):
        try:
            migrate(engine)
            break
        except OperationalError as exc:
            # a second process creating the same new SQLite file: its tables appear meanwhile
            if attempt < 2 and "already exists" in str(exc.orig):
                time.sleep(0.5)
                continue
            engine.dispose()
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise StoreError(f"cannot open the database: {reason}") from None
    return Store(engine)
