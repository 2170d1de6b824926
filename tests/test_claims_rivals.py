"""Rival accounts and calibrated linking, on the real pipeline, store and commands (invented
texts in tests/fixtures/claims/rival): the SBU's "hit by a Kh-101" and the Kremlin's "a
Ukrainian interceptor fell" are two versions of one thing, kept side by side as a conflict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import cli_conflicts as _conflicts
from sourcetrace.claims import ClaimStore
from sourcetrace.claims.indicators import indicator_of
from sourcetrace.claims.link import settings
from sourcetrace.claims.records import Claim
from sourcetrace.ingest.sources import read_text_file
from sourcetrace.store import ingest_source, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "claims" / "rival"
DOCUMENTS = [("en-clinic-weapon.txt", "Example Wire", "en"), ("nb-klinikk-forklaring.txt", "Eksempelavisen", "nb")]


def _ingest(db: Path, days_apart: int) -> str:
    """Ingest and link both documents as ``sourcetrace ingest`` does, ``days_apart`` apart."""
    store = open_store(str(db))
    try:
        for offset, (name, outlet, language) in enumerate(DOCUMENTS):
            doc = read_text_file(FIXTURES / name)
            doc.source, doc.language = outlet, language
            doc.published = dt.date(2024, 3, 4) + dt.timedelta(days=offset * days_apart)
            ClaimStore(store).link_documents([ingest_source(store, doc, lang=language).id])
    finally:
        store.close()
    return str(db)


def test_two_sides_explaining_one_strike_differently_are_a_conflict(tmp_path):
    found = [c for c in _conflicts(_ingest(tmp_path / "rival.db", 0))
             if c["basis"] == "rival accounts from opposite sides"]
    assert len(found) == 1
    sides = {(side["claimant"], side["language"], side["value"]) for side in found[0]["figures"]}
    assert sides == {("Dmitrij Peskov", "nb", None), ("Ukraine's SBU security service", "en", None)}
    assert "opposite sides" in found[0]["why"] and "unresolved" in found[0]["why"]


def test_accounts_weeks_apart_are_not_rivals(tmp_path):
    found = _conflicts(_ingest(tmp_path / "apart.db", 30))
    assert not [c for c in found if c["basis"] == "rival accounts from opposite sides"]


def _claim(language: str) -> Claim:
    return Claim(id=language, document_id=language, kind="statement", text="", start=0, end=0, language=language)


def test_the_embedding_is_calibrated_per_pair_of_languages():
    chosen = settings()
    norwegian = chosen.calibrated(_claim("nb"), _claim("nb"), 0.88)
    english = chosen.calibrated(_claim("en"), _claim("en"), 0.88)
    across = chosen.calibrated(_claim("en"), _claim("nb"), 0.88)
    # two Norwegian sentences score closer than two English ones for the same closeness
    assert norwegian < english < across
    # a pair of languages never calibrated (one added later) keeps its raw score
    assert chosen.calibrated(_claim("ru"), _claim("uk"), 0.88) == 0.88


def test_people_destroyed_are_a_toll_and_flats_destroyed_are_not():
    assert indicator_of("destroyed", "soldiers") == "killed"
    assert indicator_of("destroyed", "apartments") == "destroyed"


def test_a_pair_of_languages_with_its_own_threshold_is_decided_by_it(tmp_path):
    shipped = (Path(__file__).parents[1] / "src" / "sourcetrace" / "claims" / "data" / "linking.toml").read_text()
    head, weights = shipped.split("[thresholds]")[0], shipped.split("[weights]")[1]
    strict = tmp_path / "linking.toml"
    strict.write_text(f'{head}[thresholds]\nwithin = 0.3\nacross = 0.35\n"nb-nb" = 0.99\n\n[weights]{weights}')
    chosen = settings(str(strict))
    assert chosen.threshold_for(_claim("nb"), _claim("nb")) == 0.99
    assert chosen.threshold_for(_claim("en"), _claim("en")) == 0.3  # no own threshold: within
    assert chosen.threshold_for(_claim("en"), _claim("nb")) == 0.35

    def toll(language: str, document: str, text: str) -> Claim:
        return Claim(id=document, document_id=document, kind="statement", text=text, start=0,
                     end=len(text), language=language, numbers=[14.0], published="2025-04-13")

    from sourcetrace.claims.link import decide

    norwegian = (toll("nb", "a", "14 mennesker ble drept i Sumy."), toll("nb", "b", "14 drepte i Sumy søndag."))
    english = (toll("en", "c", "14 people were killed in Sumy."), toll("en", "d", "14 killed in Sumy on Sunday."))
    loose, same = decide(*english, 0.95, chosen), decide(*norwegian, 0.95, chosen)
    assert loose.linked and not same.linked and same.score < 0.99


def test_a_channel_calling_a_claim_a_fairy_tale_denies_it(tmp_path):
    """A dismissal in a channel's own voice ("… is a fairy tale") is the channel's denial; it
    joins the claim it dismisses in another document and stands against it as a conflict."""
    store = open_store(str(tmp_path / "dismissal.db"))
    try:
        for name, outlet in (("en-wire-airbase.txt", "Example Wire"), ("en-channel-airbase.txt", "Example Z Channel")):
            doc = read_text_file(FIXTURES.parent / "dismissal" / name)
            doc.source, doc.published, doc.language = outlet, dt.date(2024, 3, 4), "en"
            ClaimStore(store).link_documents([ingest_source(store, doc, lang="en").id])
    finally:
        store.close()
    found = [c for c in _conflicts(str(tmp_path / "dismissal.db")) if c["basis"] == "a denial of a linked claim"]
    assert found
    sides = {(side["bound"], side["claimant"]) for side in found[0]["figures"]}
    assert ("denied", "Example Z Channel") in sides
    assert any(claimant == "Ukraine's SBU security service" for _, claimant in sides)
    assert "Example Z Channel denies" in found[0]["why"]
