"""Claims kept in the corpus store, linked incrementally, browsed as clusters.

Linking one new document costs its own claims times one vector-index search (usearch, about
log n) plus a bounded full-text look-up, so it does not grow with the store. The index lives in
the process and is built once from the stored embeddings the first time it is needed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from sqlalchemy import delete, insert, or_, select, union_all

from ..store import Store
from ..store.models import DocumentRow
from .conflicts import comparable, denial_targets, disagree, rival, same_count_related
from .embed import DEFAULT_EMBEDDER, embedder
from .index import IndexState, VectorIndex
from .link import LinkSettings, decide, settings
from .records import Claim, claims_from_reading
from .tables import LINK_STATES, RELATED, ClaimLinkRow, ClaimRow


class ClaimError(ValueError):
    """A request about claims that cannot be met: unknown claim, bad state."""


@dataclass
class LinkReport:
    documents: int = 0
    claims: int = 0
    compared: int = 0
    suggested: int = 0
    #: claim texts embedded here (the rest came embedded by the reading processes)
    embedded: int = 0


@dataclass
class Link:
    claim_a: str
    claim_b: str
    score: float
    state: str
    evidence: dict[str, Any]


@dataclass
class Cluster:
    id: str
    claims: list[Claim]
    links: list[Link] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _pair(first: str, second: str) -> tuple[str, str]:
    return (first, second) if first < second else (second, first)


def _vector(raw: bytes | None, dim: int) -> np.ndarray | None:
    if raw is None:
        return None
    vector = np.frombuffer(raw, dtype=np.float32)
    return vector if vector.shape == (dim,) else None


class ClaimStore:
    """The claims layer over one :class:`~sourcetrace.store.Store`."""

    def __init__(
        self,
        store: Store,
        embedder_name: str = DEFAULT_EMBEDDER,
        link_settings: LinkSettings | None = None,
    ):
        self.store = store
        self.embedder_name = embedder_name
        self.settings = link_settings or settings()
        self._index: VectorIndex | None = None
        # while link_documents runs: each document's claim vectors (dropped when the document's
        # claims are rebuilt) and full-text hits by name (the documents do not change while
        # claims are linked), so that linking one document after another does not read the
        # same neighbours and search the same names again for every document
        self._doc_vectors: dict[str, tuple[list[str], np.ndarray]] | None = None
        self._searches: dict[tuple[str, int], list[str]] | None = None
        # while link_documents runs: the stored claims read by key (a neighbour is met again by
        # many later claims; a key whose rows are rebuilt is dropped, see refresh_document)
        self._keyed: dict[int, tuple[Claim, np.ndarray | None]] | None = None
        # ... and each document's claim keys and kinds (dropped when its claims are rebuilt)
        self._doc_claims: dict[str, list[tuple[int, str]]] | None = None

    # -- records ------------------------------------------------------------------------------

    @property
    def _embedder(self):  # noqa: ANN202 - the Embedder protocol
        return embedder(self.embedder_name)

    def index(self) -> VectorIndex:
        """The vector index over every stored claim: the saved index file when it was built
        from the claims now in the table, else rebuilt from the table (and saved)."""
        if self._index is None:
            index = VectorIndex(self._embedder.dim)
            path = self.index_path()
            state = self._index_state() if path else None
            if path is None or state is None or not index.load(path, state):
                index = self._build_index()
                if path is not None and state is not None:
                    self._save(index, path, state)
            self._index = index
        return self._index

    def _build_index(self) -> VectorIndex:
        index = VectorIndex(self._embedder.dim)
        keys: list[int] = []
        vectors: list[np.ndarray] = []
        with self.store.session() as session:
            for pk, raw in session.execute(select(ClaimRow.pk, ClaimRow.embedding)):
                vector = _vector(raw, index.dim)
                if vector is not None:
                    keys.append(pk)
                    vectors.append(vector)
        if keys:
            index.add(keys, np.vstack(vectors))
        return index

    def index_path(self) -> str | None:
        """Where the index is kept: ``$SOURCETRACE_CLAIM_INDEX``, else beside a SQLite database
        file (``news.db`` -> ``news.db.claims.usearch``); None for a store without a file (the
        index then lives in memory only)."""
        chosen = os.environ.get("SOURCETRACE_CLAIM_INDEX")
        if chosen:
            return chosen
        url = self.store.engine.url
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return f"{url.database}.claims.usearch"

    def _index_state(self, keys: list[int] | None = None) -> IndexState:
        """The state of the claims table as the index sees it: a CRC over (key, claim id) of the
        rows with a vector, in key order (one pass over two short columns, no vectors read).
        ``keys``, when given, receives the keys."""
        checksum = 0
        count = 0
        with self.store.session() as session:
            rows = session.execute(
                select(ClaimRow.pk, ClaimRow.claim_id)
                .where(ClaimRow.embedding.is_not(None))
                .order_by(ClaimRow.pk)
                .execution_options(yield_per=50_000)
            )
            for pk, claim_id in rows:
                checksum = zlib.crc32(f"{pk}:{claim_id};".encode(), checksum)
                count += 1
                if keys is not None:
                    keys.append(pk)
        return IndexState(f"{checksum:08x}", count, self.embedder_name, self._embedder.dim)

    def _save(self, index: VectorIndex, path: str, state: IndexState) -> None:
        # a read-only folder: the index stays in memory and is rebuilt next time
        with contextlib.suppress(OSError):
            index.save(path, state)

    def save_index(self) -> None:
        """Keep the index as it stands (after linking) for the next process, when it holds
        exactly the claims now in the table; when another process added or removed claims
        meanwhile, the saved state is dropped instead and the next process rebuilds."""
        path = self.index_path()
        if self._index is None or path is None:
            return
        keys: list[int] = []
        state = self._index_state(keys)
        if np.array_equal(np.sort(self._index.keys()), np.asarray(keys, dtype=np.uint64)):
            self._save(self._index, path, state)
        else:
            with contextlib.suppress(OSError):
                Path(f"{path}.json").unlink(missing_ok=True)

    def refresh_document(
        self,
        doc_id: str,
        known: Mapping[str, np.ndarray] | None = None,
        report: LinkReport | None = None,
    ) -> list[tuple[int, Claim, np.ndarray]]:
        """Rebuild one document's claims from its stored reading; (key, claim, vector) each.

        ``known``: vectors of claim texts embedded already (by the processes that read the
        document, :func:`sourcetrace.parallel.claim_vectors`); only the other texts are
        embedded here. A vector depends on its text alone, so the result is the same."""
        reading = self.store.reading(doc_id)
        if reading is None:
            raise ClaimError(f"no document {doc_id}")
        claims = claims_from_reading(reading)
        # figures of one sentence share its text: each distinct text is embedded once
        texts = list(dict.fromkeys(claim.embedding_text() for claim in claims))
        embedded = self._embed(texts, known or {})
        if report is not None:
            report.embedded += sum(1 for text in texts if text not in (known or {}))
        row_of = {text: number for number, text in enumerate(texts)}
        vectors = (
            embedded[[row_of[claim.embedding_text()] for claim in claims]]
            if claims
            else embedded
        )
        index = self.index()
        with self.store.session.begin() as session:
            old = list(session.scalars(select(ClaimRow.pk).where(ClaimRow.document_id == doc_id)))
            index.remove(old)
            self._forget_keys(old)
            if self._doc_claims is not None:
                self._doc_claims.pop(doc_id, None)
            session.execute(delete(ClaimRow).where(ClaimRow.document_id == doc_id))
            rows = [
                ClaimRow(
                    claim_id=claim.id,
                    document_id=doc_id,
                    kind=claim.kind,
                    text=claim.text,
                    claimant=(claim.claimant or "")[:300] or None,
                    indicator=claim.figure.indicator if claim.figure else None,
                    value=claim.figure.best if claim.figure else None,
                    published=claim.date,
                    language=claim.language,
                    data=claim.as_dict(),
                    embedding=vector.astype(np.float32).tobytes(),
                )
                for claim, vector in zip(claims, vectors, strict=True)
            ]
            session.add_all(rows)
            session.flush()
            keyed = [(row.pk, claim, vector) for row, claim, vector in zip(rows, claims, vectors, strict=True)]
        self._forget_keys(key for key, _, _ in keyed)  # a key the database gave out again
        index.add([key for key, _, _ in keyed], vectors)
        return keyed

    def _embed(self, texts: list[str], known: Mapping[str, np.ndarray]) -> np.ndarray:
        """One row per text: the known vectors, the others embedded in one call."""
        missing = [text for text in texts if text not in known]
        if not missing:
            if not texts:
                return self._embedder.embed(texts)
            return np.vstack([known[text] for text in texts]).astype(np.float32)
        fresh = dict(zip(missing, self._embedder.embed(missing), strict=True))
        return np.vstack([known[text] if text in known else fresh[text] for text in texts])

    def claims(self, ids: Iterable[str]) -> dict[str, Claim]:
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Claim] = {}
        with self.store.session() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for claim_id, data in session.execute(
                    select(ClaimRow.claim_id, ClaimRow.data).where(ClaimRow.claim_id.in_(chunk))
                ):
                    found[claim_id] = Claim.from_dict(data)
        return found

    def _forget_keys(self, keys: Iterable[int]) -> None:
        if self._keyed is not None:
            for key in keys:
                self._keyed.pop(key, None)

    def _by_keys(self, keys: Iterable[int]) -> dict[int, tuple[Claim, np.ndarray | None]]:
        if self._keyed is None:
            return self._read_keys(keys)
        wanted = list(dict.fromkeys(keys))
        missing = [key for key in wanted if key not in self._keyed]
        if missing:
            self._keyed.update(self._read_keys(missing))
        # in the order the database answers (by key within each chunk of 500): the order the
        # links are decided and written in stays that of a read without the cache
        ordered = [key for start in range(0, len(wanted), 500) for key in sorted(wanted[start : start + 500])]
        return {key: self._keyed[key] for key in ordered if key in self._keyed}

    def _read_keys(self, keys: Iterable[int]) -> dict[int, tuple[Claim, np.ndarray | None]]:
        wanted = list(dict.fromkeys(keys))
        found: dict[int, tuple[Claim, np.ndarray | None]] = {}
        with self.store.session() as session:
            for start in range(0, len(wanted), 500):
                rows = session.execute(
                    select(ClaimRow.pk, ClaimRow.data, ClaimRow.embedding).where(
                        ClaimRow.pk.in_(wanted[start : start + 500])
                    )
                )
                for pk, data, raw in rows:
                    found[pk] = (Claim.from_dict(data), _vector(raw, self._embedder.dim))
        return found

    def _text_candidates(self, claim: Claim, limit: int = 8) -> list[int]:
        """Claim keys in documents that name the claim's most specific name (full-text search)."""
        names = sorted((n for n in claim.names if len(n) > 3), key=len, reverse=True)
        if not names:
            return []
        searches = self._searches if self._searches is not None else {}
        if (names[0], limit) not in searches:
            hits = self.store.search(names[0], limit=limit).items
            searches[(names[0], limit)] = [hit["document_id"] for hit in hits]
        doc_ids = [doc_id for doc_id in searches[(names[0], limit)] if doc_id != claim.document_id]
        if not doc_ids:
            return []
        if self._doc_claims is not None:
            return self._claims_of(doc_ids, claim.kind, limit * 4)
        with self.store.session() as session:
            return list(
                session.scalars(
                    select(ClaimRow.pk)
                    .where(ClaimRow.document_id.in_(doc_ids), ClaimRow.kind == claim.kind)
                    .limit(limit * 4)
                )
            )

    def _claims_of(self, doc_ids: list[str], kind: str, limit: int) -> list[int]:
        """The first ``limit`` keys of ``kind`` among the claims of ``doc_ids``, from the claims
        kept per document while linking runs, in the order SQLite's look-up of the same query
        gives them (document ids in sorted order, each document's claims by key): the hits of
        a name search are the same few documents for many claims."""
        kept = self._doc_claims if self._doc_claims is not None else {}
        missing = [doc_id for doc_id in dict.fromkeys(doc_ids) if doc_id not in kept]
        if missing:
            for doc_id in missing:
                kept[doc_id] = []
            with self.store.session() as session:
                for start in range(0, len(missing), 500):
                    rows = session.execute(
                        select(ClaimRow.document_id, ClaimRow.pk, ClaimRow.kind)
                        .where(ClaimRow.document_id.in_(missing[start : start + 500]))
                        .order_by(ClaimRow.pk)
                    )
                    for doc_id, pk, claim_kind in rows:
                        kept[doc_id].append((pk, claim_kind))
        found = [
            pk
            for doc_id in sorted(set(doc_ids))
            for pk, claim_kind in kept[doc_id]
            if claim_kind == kind
        ]
        return found[:limit]

    # -- linking ------------------------------------------------------------------------------

    def link_documents(
        self, doc_ids: Iterable[str], vectors: Mapping[str, np.ndarray] | None = None
    ) -> LinkReport:
        """(Re)build the claims of these documents and link them to everything stored.
        ``vectors``: claim texts embedded already, by text (see :meth:`refresh_document`)."""
        report = LinkReport()
        self._doc_vectors, self._searches, self._keyed, self._doc_claims = {}, {}, {}, {}
        try:
            for doc_id in dict.fromkeys(doc_ids):
                keyed = self.refresh_document(doc_id, vectors, report)
                self._doc_vectors.pop(doc_id, None)
                report.documents += 1
                report.claims += len(keyed)
                self._link(keyed, report)
        finally:
            self._doc_vectors = self._searches = self._keyed = self._doc_claims = None
        self.save_index()
        return report

    def link_all(self) -> LinkReport:
        """Rebuild every document's claims, then link them all (``sourcetrace link``)."""
        report = LinkReport()
        keyed_all = []
        for doc_id in self.store.document_ids():
            keyed = self.refresh_document(doc_id)
            report.documents += 1
            report.claims += len(keyed)
            keyed_all.extend(keyed)
        self._link(keyed_all, report)
        self.save_index()
        return report

    def _document_vectors(
        self, doc_id: str, cache: dict[str, tuple[list[str], np.ndarray]]
    ) -> tuple[list[str], np.ndarray]:
        """The claim ids and vectors of one document (for the mutual-best test)."""
        if doc_id not in cache:
            ids: list[str] = []
            vectors: list[np.ndarray] = []
            with self.store.session() as session:
                for claim_id, raw in session.execute(
                    select(ClaimRow.claim_id, ClaimRow.embedding).where(
                        ClaimRow.document_id == doc_id
                    )
                ):
                    vector = _vector(raw, self._embedder.dim)
                    if vector is not None:
                        ids.append(claim_id)
                        vectors.append(vector)
            matrix = np.vstack(vectors) if vectors else np.zeros((0, self._embedder.dim))
            cache[doc_id] = (ids, matrix)
        return cache[doc_id]

    def _mutual_best(
        self,
        claim: Claim,
        vector: np.ndarray,
        other: Claim,
        other_vector: np.ndarray | None,
        cache: dict[str, tuple[list[str], np.ndarray]],
    ) -> bool:
        """Each claim is the other's most similar claim in the other's document."""
        if other_vector is None:
            return False
        ids, matrix = self._document_vectors(other.document_id, cache)
        if not ids or ids[int(np.argmax(matrix @ vector))] != other.id:
            return False
        ids, matrix = self._document_vectors(claim.document_id, cache)
        return bool(ids) and ids[int(np.argmax(matrix @ other_vector))] == claim.id

    def _link(self, keyed: list[tuple[int, Claim, np.ndarray]], report: LinkReport) -> None:
        index = self.index()
        cache = self._doc_vectors if self._doc_vectors is not None else {}
        own_ids = {claim.id for _, claim, _ in keyed}
        decisions: dict[tuple[str, str], tuple[float, dict[str, Any]]] = {}
        related: dict[tuple[str, str], tuple[float, dict[str, Any]]] = {}
        for key, claim, vector in keyed:
            hits = {
                hit.key: hit.similarity
                for hit in index.search(vector, self.settings.neighbours + 1)
                if hit.key != key and hit.similarity >= self.settings.min_similarity
            }
            for extra in self._text_candidates(claim):
                hits.setdefault(extra, -1.0)
            others = self._by_keys(hits)
            for other_key, (other, other_vector) in others.items():
                if other.document_id == claim.document_id:
                    continue
                pair = _pair(claim.id, other.id)
                if pair in decisions:
                    continue
                similarity = hits[other_key]
                if similarity < 0 and other_vector is not None:
                    similarity = float(np.dot(vector, other_vector))
                report.compared += 1
                mutual = self._mutual_best(claim, vector, other, other_vector, cache)
                decision = decide(claim, other, similarity, self.settings, mutual)
                if decision.linked:
                    decisions[pair] = (decision.score, decision.evidence)
                elif (
                    same_count_related(
                        claim, other, decision.score, decision.evidence.get("cosine", 0.0), self.settings
                    )
                    and comparable(claim, other)
                    and disagree(claim, other)
                ):
                    related[pair] = (decision.score, decision.evidence)
                elif (
                    decision.evidence.get("cosine", 0.0) >= self.settings.rival_similarity
                    and rival(claim, other)
                ):
                    related[pair] = (decision.score, {**decision.evidence, "reason": "rival accounts"})
        by_document: dict[str, list[Claim]] = {}
        for _, claim, _ in keyed:
            by_document.setdefault(claim.document_id, []).append(claim)
        for claims in by_document.values():
            for denial, target in denial_targets(claims):
                decisions.setdefault(_pair(denial, target), (1.0, {"reason": "denies", "denied": target}))
        self._write_links(own_ids, decisions, related)
        report.suggested += len(decisions)

    def _write_links(
        self,
        own_ids: set[str],
        decisions: dict[tuple[str, str], tuple[float, dict[str, Any]]],
        related: dict[tuple[str, str], tuple[float, dict[str, Any]]] | None = None,
    ) -> None:
        """Replace machine suggestions touching ``own_ids``; users' decisions stay as they are."""
        now = _now()
        own = list(own_ids)
        with self.store.session.begin() as session:
            for start in range(0, len(own), 400):
                chunk = own[start : start + 400]
                # the rows by their claims first (two index look-ups), then by state: asked for
                # both at once, SQLite walks the state index, i.e. every suggested link in the
                # store, for each document linked
                touching = union_all(
                    select(ClaimLinkRow.pk).where(ClaimLinkRow.claim_a.in_(chunk)),
                    select(ClaimLinkRow.pk).where(ClaimLinkRow.claim_b.in_(chunk)),
                )
                session.execute(
                    delete(ClaimLinkRow).where(
                        ClaimLinkRow.pk.in_(select(touching.subquery().c.pk)),
                        ClaimLinkRow.state.in_(("suggested", RELATED)),
                    )
                )
            decided = {}
            for start in range(0, len(own), 400):
                chunk = own[start : start + 400]
                for row in session.scalars(
                    select(ClaimLinkRow).where(
                        ClaimLinkRow.state.not_in(("suggested", RELATED)),
                        or_(ClaimLinkRow.claim_a.in_(chunk), ClaimLinkRow.claim_b.in_(chunk)),
                    )
                ):
                    decided[(row.claim_a, row.claim_b)] = row
            states = [(decisions, "suggested"), (related or {}, RELATED)]
            fresh: list[dict[str, Any]] = []
            for found, state in states:
                for (first, second), (value, evidence) in found.items():
                    row = decided.get((first, second))
                    if row is not None:
                        row.score, row.evidence, row.updated_at = value, evidence, now
                        continue
                    fresh.append(
                        {
                            "claim_a": first,
                            "claim_b": second,
                            "score": value,
                            "state": state,
                            "evidence": evidence,
                            "updated_at": now,
                        }
                    )
            if fresh:
                # one multi-row insert, in this order (a document can suggest hundreds of links;
                # an ORM object each cost linking a fifth of its time)
                session.execute(insert(ClaimLinkRow), fresh)

    def decide_link(self, first: str, second: str, state: str) -> Link:
        """A user's decision on a pair of claims: confirmed, rejected or back to suggested."""
        if state not in LINK_STATES:
            raise ClaimError(f"state must be one of {', '.join(LINK_STATES)}, not {state!r}")
        if first == second:
            raise ClaimError("a claim cannot be linked to itself")
        known = self.claims([first, second])
        missing = [claim_id for claim_id in (first, second) if claim_id not in known]
        if missing:
            raise ClaimError(f"no claim {', '.join(missing)}")
        pair = _pair(first, second)
        now = _now()
        with self.store.session.begin() as session:
            row = session.scalar(
                select(ClaimLinkRow).where(
                    ClaimLinkRow.claim_a == pair[0], ClaimLinkRow.claim_b == pair[1]
                )
            )
            if row is None:
                row = ClaimLinkRow(
                    claim_a=pair[0], claim_b=pair[1], score=0.0, evidence={}, updated_at=now
                )
                session.add(row)
            row.state = state
            row.decided_at = None if state == "suggested" else now
            row.updated_at = now
            return Link(row.claim_a, row.claim_b, row.score, row.state, dict(row.evidence or {}))

    def links(self, claim_id: str | None = None) -> list[Link]:
        stmt = select(ClaimLinkRow)
        if claim_id:
            stmt = stmt.where(or_(ClaimLinkRow.claim_a == claim_id, ClaimLinkRow.claim_b == claim_id))
        with self.store.session() as session:
            return [
                Link(row.claim_a, row.claim_b, row.score, row.state, dict(row.evidence or {}))
                for row in session.scalars(stmt.order_by(ClaimLinkRow.pk))
            ]

    # -- clusters -----------------------------------------------------------------------------

    def clusters(self, min_size: int = 2) -> list[Cluster]:
        """Connected claims (suggested or confirmed links), largest and earliest first."""
        graph = nx.Graph()
        kept: dict[tuple[str, str], Link] = {}
        for link in self.links():
            if link.state in ("rejected", RELATED):
                continue
            graph.add_edge(link.claim_a, link.claim_b)
            kept[(link.claim_a, link.claim_b)] = link
        components = [sorted(c) for c in nx.connected_components(graph) if len(c) >= min_size]
        claims = self.claims(claim_id for component in components for claim_id in component)
        clusters = []
        for component in components:
            members = [claims[c] for c in component if c in claims]
            if len(members) < min_size:
                continue
            if min_size >= 2 and len({m.document_id for m in members}) < 2:
                continue  # a claim and its denial in one document: no claim across documents
            members.sort(key=lambda c: (c.published or "9999", c.origin or "", c.start))
            member_ids = {c.id for c in members}
            links = [
                link
                for pair, link in kept.items()
                if pair[0] in member_ids and pair[1] in member_ids
            ]
            clusters.append(Cluster(id=min(member_ids), claims=members, links=links))
        clusters.sort(key=lambda c: (-len({m.document_id for m in c.claims}), c.claims[0].published or ""))
        return clusters

    def cluster_of(self, claim_id: str) -> Cluster:
        """The cluster holding ``claim_id`` (a cluster of one when it has no links)."""
        for cluster in self.clusters():
            if claim_id in {claim.id for claim in cluster.claims}:
                return cluster
        found = self.claims([claim_id])
        if claim_id not in found:
            raise ClaimError(f"no claim {claim_id}")
        return Cluster(id=claim_id, claims=[found[claim_id]])

    def related_pairs(self) -> set[tuple[str, str]]:
        """Pairs that are not the same claim but related: figures on the same count, rival
        accounts from opposite sides (see conflicts)."""
        with self.store.session() as session:
            return {
                (row.claim_a, row.claim_b)
                for row in session.execute(
                    select(ClaimLinkRow.claim_a, ClaimLinkRow.claim_b).where(
                        ClaimLinkRow.state == RELATED
                    )
                )
            }

    def figure_claims(self) -> list[Claim]:
        with self.store.session() as session:
            return [
                Claim.from_dict(data)
                for data in session.scalars(
                    select(ClaimRow.data).where(ClaimRow.indicator.is_not(None))
                )
            ]

    def document_sources(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Outlet, origin, author and format metadata of documents, for chains and grades."""
        wanted = list(dict.fromkeys(doc_ids))
        found: dict[str, dict[str, Any]] = {}
        for doc_id in wanted:
            reading = self.store.reading(doc_id)
            if reading is not None:
                found[doc_id] = {"reading": reading}
        with self.store.session() as session:
            for row in session.execute(
                select(DocumentRow.id, DocumentRow.ingested_at).where(DocumentRow.id.in_(wanted))
            ):
                found.setdefault(row.id, {})["ingested_at"] = row.ingested_at
        return found
