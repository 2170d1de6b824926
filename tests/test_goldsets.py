"""Real-text gold sets: documents rendered from ../shared/data, annotations as offsets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sourcetrace.goldsets import GoldSetError, list_documents, load_document, shared_data_dir
from sourcetrace.goldsets._detok import detokenise
from sourcetrace.goldsets.annotations import from_draft, to_gold

ROOT = Path(__file__).resolve().parents[1] / "evaluation" / "real"
DATA = shared_data_dir()
needs_data = pytest.mark.skipif(DATA is None, reason="../shared/data (the real corpora) is not here")


def test_detokenise_sets_punctuation_and_quote_marks_as_print_does():
    text, spans = detokenise(["-", "Vi", "led", '"', "store", "tap", '"', ",", "sier", "han", "."])
    assert text == '- Vi led "store tap", sier han.'
    assert [text[a:b] for a, b in spans][3:7] == ['"', "store", "tap", '"']


@needs_data
def test_narc_render_keeps_the_corpus_mentions_on_the_rendered_text():
    doc_id = next(d for d in list_documents("narc", DATA) if d.startswith("bokmaal_db"))
    doc = load_document("narc", doc_id, DATA)
    assert doc.language == "nb" and doc.source == "Dagbladet" and doc.published is not None
    assert " ." not in doc.text and " ," not in doc.text
    raw = (DATA / "narc-bokmaal" / f"{doc_id}.txt").read_text(encoding="utf-8")
    for start, end in list(doc.mentions.values())[:50]:
        # each mention reads as the corpus's tokens did, spacing apart
        words = re.findall(r"\w+", doc.text[start:end])
        assert " ".join(words) in " ".join(re.findall(r"\w+", raw))
    assert doc.chains and all(len(chain) > 1 for chain in doc.chains)


@needs_data
def test_gum_render_reads_paragraphs_headings_and_coreference():
    doc = load_document("gum", "GUM_news_defector", DATA)
    assert doc.headings == [0] and doc.published is not None
    names = {doc.text[slice(*doc.mentions[m])] for chain in doc.chains for m in chain}
    assert "Daniel Montalvo" in names


@needs_data
def test_ewt_render_reads_one_document_of_a_shared_file_with_its_paragraphs():
    """EWT keeps several documents per file: a document is only its own sentences, joined by
    paragraph, with the date and the site its id names; train documents are not offered."""
    ids = list_documents("ewt", DATA)
    assert ids and all(doc_id.startswith(("weblog-", "newsgroup-")) for doc_id in ids)
    doc = load_document("ewt", "weblog-juancole.com_juancole_20040324065800_ENG_20040324_065800", DATA)
    assert doc.language == "en" and doc.source == "juancole.com"
    assert str(doc.published) == "2004-03-24"
    raw = (DATA / "ud-english-ewt" / "en_ewt-ud-dev.conllu").read_text(encoding="utf-8")
    block = raw.split("# newdoc id = weblog-juancole.com_juancole_20040324065800")[1].split("# newdoc id")[0]
    sentences = [line[len("# text = "):] for line in block.splitlines() if line.startswith("# text = ")]
    assert doc.text.replace("\n\n", " ") == " ".join(sentences)
    assert len(doc.paragraphs) == block.count("# newpar")
    with pytest.raises(GoldSetError, match="not a weblog or newsgroup document"):
        load_document("ewt", "reviews-000000-0001", DATA)


@needs_data
def test_a_draft_string_not_in_its_paragraph_is_refused_with_its_words():
    doc = load_document("ndt", "nno/firda-nn001_0000#42-48", DATA)
    with pytest.raises(GoldSetError, match="not in paragraph 1"):
        from_draft(doc, {"quotes": [{"para": 1, "text": "ord som ikkje står der"}]}, "dev")


@needs_data
def test_stored_annotations_read_back_into_gold_strings():
    checked = 0
    for path in sorted(ROOT.glob("*/*.json"))[:40]:
        stored = json.loads(path.read_text(encoding="utf-8"))
        doc = load_document(stored["corpus"], stored["doc"], DATA)
        gold = to_gold(doc, stored)
        for quote in gold["quotes"]:
            start, end = quote["span"]
            assert doc.text[start:end] == quote["text"] and quote["text"].strip()
        for hedge in gold["hedged"]:
            assert hedge["cue"] in hedge["text"]
        checked += 1
    assert checked == 40


def test_every_selected_document_has_an_annotation_with_its_split():
    selection = json.loads((ROOT / "selection.json").read_text(encoding="utf-8"))
    for set_name, items in selection.items():
        tests = 0
        for item in items:
            name = item["doc"].replace("/", "__").replace("#", "@")
            stored = json.loads((ROOT / set_name / f"{name}.json").read_text(encoding="utf-8"))
            assert stored["split"] == item["split"]
            tests += item["split"] == "test"
        assert tests >= 0.4 * len(items)


@needs_data
def test_gold_speakers_carry_the_names_coreference_gives_them():
    with_aliases = 0
    for path in sorted((ROOT / "nb-narc").glob("*.json"))[:20]:
        stored = json.loads(path.read_text(encoding="utf-8"))
        doc = load_document(stored["corpus"], stored["doc"], DATA)
        for quote in to_gold(doc, stored)["quotes"]:
            aliases = quote.get("speaker_aliases", [])
            assert all(alias in doc.text for alias in aliases)
            assert not any(alias.islower() and " " not in alias for alias in aliases)  # no "han"
            with_aliases += bool(aliases)
    assert with_aliases > 20


@needs_data
def test_iu_render_keeps_the_headline_the_gaps_and_the_page_it_came_from():
    """UD Ukrainian IU samples its documents: a gap between kept sentences starts a new
    paragraph, a real title is the headline, the outlet and date come from the source URL."""
    doc = load_document("iu", "1v0e", DATA)
    assert doc.language == "uk" and doc.source == "pravda.com.ua"
    assert str(doc.published) == "2017-03-02" and doc.headings == [0]
    raw = (DATA / "ud-ukrainian-iu" / "uk_iu-ud-test.conllu").read_text(encoding="utf-8")
    block = raw.split("# newdoc id = 1v0e")[1].split("# doc_title")[0]
    sentences = [line[len("# text = "):] for line in block.splitlines() if line.startswith("# text = ")]
    body = doc.text[doc.paragraphs[1][0]:]
    assert body.replace("\n\n", " ") == " ".join(sentences)
    assert len(doc.paragraphs) == 1 + block.count("# newpar")
    with pytest.raises(GoldSetError, match="no document"):
        load_document("iu", "nope", DATA)
