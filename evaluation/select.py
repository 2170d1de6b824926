"""Choose which corpus documents we annotate, and their split, reproducibly.

Selection favours reported speech (that is what sourcetrace reads): NARC newspaper documents
(not blogs, government reports or parliament) with the most lines that carry a speech dash or a
common cue, up to 110 sentences long; NDT Nynorsk passages around sentences with reported speech
(five sentences of context before, merged when they touch), until 300 such sentences; all 43
GUM Wikinews documents. The split is fixed by a hash of the id: 45 % of each set, in hash order, is test, never tuned on.

A second batch (``nb-narc-2``) takes the next NARC documents in the same ranking, split by the
same hash within the batch, so that the first batch's documents and splits never move when more
are annotated. The third and fourth NARC batches were picked by hand (interviews, features,
sport) and are kept as the existing selection file has them.

``en-ewt`` (2026-12-06): the weblogs and newsgroup posts of UD English EWT's dev and test files
that report what others said (at least two reporting words, or one and two quoted passages):
blogs retelling the news of the Iraq war and US politics with their sources named, the
retelling shape of war reporting, in a second English variety beside Wikinews. Jokes and humour
groups are left out (their dialogue is no reporting).

``uk-iu`` (2026-12-06): the documents of UD Ukrainian IU's dev and test files that were
published online (a source URL: news sites, ministries' and the president's press pages,
magazines, blogs) and report what others said (the same test as EWT's, with Ukrainian reporting
words); reference and legal pages (Wikipedia, the parliament's law site, terms of use) are left
out. The first real Ukrainian text we measure on; the written sets (``evaluation/written``) were
written for the project.

    python evaluation/select.py > /tmp/selection.json && mv /tmp/selection.json evaluation/real/selection.json
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from pathlib import Path

from sourcetrace.goldsets import list_documents, load_document, shared_data_dir
from sourcetrace.goldsets.ndt import sentences

TEST_SHARE = 0.45
NARC_NEWS = re.compile(r"^bokmaal_(ap|db|dba|dbb|bt|vg|kk|spbm)[_~]")
NARC_SPEECH = re.compile(r"^- |\b(sier|sa|forteller|opplyser|ifølge|skriver|mener|hevder|bekrefter)\b")
NN_SPEECH = re.compile(
    r"^- |[«»\"]|\b(seier|sa|fortel|fortalde|opplyser|opplyste|ifølgje|skriv|skreiv|meiner|meinte|"
    r"hevdar|hevda|stadfestar|stadfesta|understrekar|understreka|forklarar|forklarte)\b"
)
NN_CONTEXT = 5
NN_TARGET = 300
NN_PER_FILE = 12  # spreads the passages over many articles
NARC_COUNT = 64
#: the second batch: ranks 65-94 of the same ranking (annotated 2026-12-05)
NARC_SECOND_COUNT = 30
#: hand-picked batches: kept from the existing selection file as they are
KEPT = ("nb-narc-3", "nb-narc-4")
SELECTION = Path(__file__).resolve().parent / "real" / "selection.json"
EWT_SPEECH = re.compile(
    r"\b(said|says|say|told|tells|reported|reports|according to|claimed|claims|denied|"
    r"confirmed|announced|stated)\b"
)
EWT_NOT_NEWS = re.compile(r"joke|humor", re.IGNORECASE)
IU_SPEECH = re.compile(
    r"\b(заяв\w*|повідом\w*|сказа\w*|за словами|каже|кажуть|розпов\w*|зазнач\w*|наголос\w*|"
    r"підтверд\w*|за даними|за інформацією|пише|написа\w*|спростува\w*|ствердж\w*|додав|додала)\b",
    re.IGNORECASE,
)
#: pages that are no reporting: an encyclopedia, the law site, terms of use
IU_NOT_NEWS = re.compile(r"wikipedia\.org|zakon\d*\.rada\.gov\.ua|apple\.com")


def with_splits(doc_ids: list[str]) -> list[dict[str, str]]:
    """The first ``TEST_SHARE`` of the ids in hash order are test: a fixed, unbiased draw."""
    ranked = sorted(doc_ids, key=lambda doc_id: hashlib.sha1(doc_id.encode()).hexdigest())
    tests = set(ranked[: math.ceil(TEST_SHARE * len(ranked))])
    return [{"doc": doc_id, "split": "test" if doc_id in tests else "dev"} for doc_id in doc_ids]


def main() -> None:
    data = shared_data_dir()
    if data is None:
        sys.exit("../shared/data not found")
    narc = []
    for doc_id in list_documents("narc", data):
        if not NARC_NEWS.match(doc_id):
            continue
        lines = (data / "narc-bokmaal" / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
        speech = sum(1 for line in lines if NARC_SPEECH.search(line))
        if len(lines) <= 110 and speech >= 6:
            narc.append((speech / len(lines), doc_id))
    ranked_narc = [doc_id for _, doc_id in sorted(narc, reverse=True)]
    narc_ids = ranked_narc[:NARC_COUNT]
    narc_second = ranked_narc[NARC_COUNT : NARC_COUNT + NARC_SECOND_COUNT]
    passages: list[str] = []
    found = 0
    files = [name for name in list_documents("ndt", data) if re.match(r"nno/(firda|vtb|kk)-", name)]
    # newspapers only, taken in turn (one file of each paper, then the next) for variety
    by_paper: dict[str, list[str]] = {}
    for name in files:
        by_paper.setdefault(name[4:].split("-")[0], []).append(name)
    interleaved = [name for group in zip(*by_paper.values(), strict=False) for name in group]
    for name in interleaved:
        if found >= NN_TARGET:
            break
        rows = sentences(data / "norne" / "ndt" / "nno" / f"{name[4:]}.conll")
        hits = [index for index, tokens in enumerate(rows) if NN_SPEECH.search(" ".join(tokens))]
        hits = hits[:NN_PER_FILE]
        windows: list[list[int]] = []
        for index in hits:
            start = max(0, index - NN_CONTEXT)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = index + 1
            else:
                windows.append([start, index + 1])
        for start, end in windows:
            passages.append(f"{name}#{start}-{end}")
        found += len(hits)
    gum_ids = list_documents("gum", data)
    existing = json.loads(SELECTION.read_text(encoding="utf-8")) if SELECTION.is_file() else {}
    selection = {
        "nb-narc": with_splits(narc_ids),
        "nn-ndt": with_splits(passages),
        "en-gum": with_splits(gum_ids),
        "nb-narc-2": with_splits(narc_second),
        **{name: existing[name] for name in KEPT if name in existing},
        "en-ewt": with_splits(ewt_reporting(data)),
        "uk-iu": with_splits(iu_reporting(data)),
    }
    json.dump(selection, sys.stdout, indent=1)
    sys.stdout.write("\n")
    for name, items in selection.items():
        tests = sum(1 for item in items if item["split"] == "test")
        print(f"{name}: {len(items)} documents, {tests} test", file=sys.stderr)
    print(f"nn reported-speech sentences: {found}", file=sys.stderr)


def ewt_reporting(data: Path) -> list[str]:
    """EWT weblog and newsgroup documents that report what others said, in id order."""
    chosen = []
    for doc_id in list_documents("ewt", data):
        if EWT_NOT_NEWS.search(doc_id):
            continue
        text = load_document("ewt", doc_id, data).text
        cues, quoted = len(EWT_SPEECH.findall(text)), text.count('"') // 2
        if cues >= 2 or (cues == 1 and quoted >= 2):
            chosen.append(doc_id)
    return chosen



def iu_reporting(data: Path) -> list[str]:
    """UD Ukrainian IU documents published online that report what others said, in id order."""
    chosen = []
    for doc_id in list_documents("iu", data):
        doc = load_document("iu", doc_id, data)
        if doc.source is None or IU_NOT_NEWS.search(doc.source):
            continue
        cues, quoted = len(IU_SPEECH.findall(doc.text)), len(re.findall(r"[«\"“]", doc.text)) // 2
        if cues >= 2 or (cues == 1 and quoted >= 2):
            chosen.append(doc_id)
    return chosen


if __name__ == "__main__":
    main()
