"""Words per second per core of the full reading, per language.

Builds a large synthetic corpus of varied articles by recombining the paragraphs of the project's
gold cases (and the acceptance case; for ru/uk the written evaluation sets, for nn the dev passages
of the NDT Nynorsk real-text set) with a fixed seed, then reads it in one process (one core)
and prints words/s (CPU time). ``--texts real`` recombines the dev paragraphs of the real-text
sets instead (nb: NARC, nn: NDT, en: GUM; real news holds fewer quotes than the gold cases, which
changes what the sentence scopes skip). Run: ``python benchmarks/bench_reading.py [--words 200000]
[--model blank] [--texts cases|real] [--batch 32] [--repeat 3]``; start-up time is
``benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = {
    "nb": [ROOT / "tests" / "cases" / "nb", ROOT.parent / "shared" / "cases" / "no"],
    "en": [ROOT / "tests" / "cases" / "en"],
    # the written Russian and Ukrainian evaluation sets (news and Telegram posts)
    "ru": [ROOT / "evaluation" / "written" / "ru"],
    "uk": [ROOT / "evaluation" / "written" / "uk"],
}


#: languages read from a real-text gold set instead: the dev passages of NDT Nynorsk, whose text
#: is rendered from ../shared/data at run time (``sourcetrace.goldsets``; nothing is copied)
REAL_SETS = {"nn": ROOT / "evaluation" / "real" / "nn-ndt"}

#: ``--texts real``: every language with a real-text set reads the dev passages of its sets
#: (real news is sparser in quotes and cues than the gold cases, which changes what the rules
#: and a scoped parser skip)
REAL_NEWS = {
    "nb": [ROOT / "evaluation" / "real" / name for name in ("nb-narc", "nb-narc-2", "nb-narc-3", "nb-narc-4")],
    "nn": [ROOT / "evaluation" / "real" / "nn-ndt"],
    "en": [ROOT / "evaluation" / "real" / "en-gum"],
}


def real_paragraphs(folder: Path) -> list[str]:
    """The paragraphs of a real-text set's dev documents (the test split is not read)."""
    import json

    from sourcetrace.goldsets import load_document, shared_data_dir

    data = shared_data_dir()
    if data is None:
        raise SystemExit(f"{folder.name}: its texts are read from ../shared/data, which is not here "
                         "(set SOURCETRACE_SHARED, or leave this language out with --lang)")
    paras: list[str] = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") != "dev":
            continue
        text = load_document(gold["corpus"], gold["doc"], data).text
        paras += [p.strip() for p in text.split("\n\n") if p.strip()]
    return paras


def paragraphs(lang: str, texts: str = "cases") -> list[str]:
    if texts == "real" and lang in REAL_NEWS:
        return [para for folder in REAL_NEWS[lang] for para in real_paragraphs(folder)]
    if lang in REAL_SETS:
        return real_paragraphs(REAL_SETS[lang])
    paras: list[str] = []
    for folder in SOURCES[lang]:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            paras += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return paras


def corpus(lang: str, words: int, seed: int = 7, texts: str = "cases") -> list[str]:
    """Articles of 8-20 paragraphs drawn from the cases (``texts="real"``: from the dev
    passages of the language's real-text sets, where it has some), about ``words`` words in all."""
    rng = random.Random(seed)
    paras = paragraphs(lang, texts)
    if not paras:
        raise SystemExit(f"no {lang} texts found under {SOURCES.get(lang) or REAL_SETS.get(lang)}")
    docs, total = [], 0
    while total < words:
        doc = "\n\n".join(rng.choice(paras) for _ in range(rng.randint(8, 20)))
        docs.append(doc)
        total += len(doc.split())
    return docs


def bench(lang: str, words: int, model: str | None, batch: int, texts: str = "cases") -> tuple[float, int, int]:
    """CPU words/s of the reading of the synthetic corpus, ``batch`` documents at a time
    (``sourcetrace.analysis.read_many``; 1 = ``analyze`` one document at a time)."""
    from sourcetrace.analysis import analyze, read_many
    from sourcetrace.ingest import SourceDoc

    docs = corpus(lang, words, texts=texts)
    analyze(SourceDoc(text=docs[0], origin="warm-up"), lang=lang, model=model)  # load pipeline
    n_words = sum(len(d.split()) for d in docs)
    sources = [SourceDoc(text=text, origin=f"synthetic-{n}") for n, text in enumerate(docs)]
    start = time.process_time()
    if batch > 1:
        for result in read_many(sources, lang=lang, model=model, batch_size=batch):
            if isinstance(result, Exception):
                raise SystemExit(f"{lang}: {result}")
    else:
        for source in sources:
            analyze(source, lang=lang, model=model)
    cpu = time.process_time() - start
    return n_words / cpu, n_words, len(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--model", default="blank", help="blank (rules only), default, fast (the smaller shipped pipeline), or NAME/PATH")
    parser.add_argument("--lang", nargs="*", default=["nb", "nn", "en", "ru", "uk"])
    parser.add_argument("--batch", type=int, default=32, help="documents per nlp.pipe batch (1: one at a time)")
    parser.add_argument(
        "--texts",
        choices=("cases", "real"),
        default="cases",
        help="paragraphs of the gold cases, or of the real-text dev sets (nb, nn, en; others: cases)",
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per language; the best is printed (shared machine)")
    args = parser.parse_args()
    model = None if args.model == "default" else args.model
    for lang in args.lang:
        runs = [bench(lang, args.words, model, args.batch, args.texts) for _ in range(args.repeat)]
        rate, n_words, n_docs = max(runs)
        # the median too: on a shared machine the best run flatters and the median is steadier
        median = statistics.median(run[0] for run in runs)
        print(
            f"{lang}: {rate:,.0f} words/s/core  ({n_words:,} words in {n_docs} documents, model={args.model}, "
            f"batch={args.batch}, texts={args.texts}, CPU time, best of {args.repeat}; median {median:,.0f})"
        )


if __name__ == "__main__":
    main()
