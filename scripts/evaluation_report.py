"""Write docs/evaluation.md: the reading scored on the real-text sets (the main measure) and on
our fiction sets, with and without the trained models, exactly as measured.

Run: python scripts/evaluation_report.py [--speed-words 20000]

The first measurement of the real-text test split (before any change made for it) is data, kept
in evaluation/first-scores.json; everything else is measured now.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from sourcetrace.evaluate import Scores, evaluate_dir, evaluate_real
from sourcetrace.pipeline import build_pipeline

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "evaluation" / "real"
FICTION = [
    ("acceptance case (shared/cases/no)", ROOT.parent / "shared" / "cases" / "no"),
    ("Norwegian, first set (tests/cases/nb)", ROOT / "tests" / "cases" / "nb"),
    ("English, first set (tests/cases/en)", ROOT / "tests" / "cases" / "en"),
    ("Norwegian, second set (tests/cases/nb2)", ROOT / "tests" / "cases" / "nb2"),
    ("English, second set (tests/cases/en2)", ROOT / "tests" / "cases" / "en2"),
]
#: the columns of the real-text tables, with the issue's targets
METRICS = [
    ("DQ F1", "dq_f1", 0.95),
    ("Speaker", "speaker_accuracy", 0.92),
    ("Spk entity", "speaker_entity_accuracy", None),
    ("IQ R", "indirect_recall", 0.85),
    ("Attr F1", "attribution_f1", 0.85),
    ("Source", "source_accuracy", 0.90),
    ("Fig F1", "figure_f1", 0.90),
    ("Fig claimant", "figure_claimant_accuracy", None),
    ("Hedge R", "hedge_recall", 0.80),
]
SET_TITLES = {
    "nb-narc": "Bokmål (NARC)",
    "nn-ndt": "Nynorsk (NDT)",
    "en-gum": "English (GUM)",
    "nb-narc-2": "Bokmål (NARC, 2nd batch)",
    "nb-narc-3": "Bokmål (NARC, 3rd batch)",
    "nb-narc-4": "Bokmål (NARC, 4th batch)",
    "en-ewt": "English (EWT weblogs and newsgroups)",
    "uk-iu": "Ukrainian (UD IU, real news and press pages)",
}
#: the Russian and Ukrainian sets we wrote (issue #12), split by a hash of the file name
WRITTEN = {"ru": "Russian (written)", "uk": "Ukrainian (written)"}


def _scores(total: Scores) -> dict[str, float | None]:
    return {attr: getattr(total, attr) for _, attr, _ in METRICS}


def _written_first(code: str) -> dict[str, float | None]:
    """The first scores of a written test split (evaluation/written/first-scores.json, taken
    before any tuning on that split)."""
    first = json.loads((ROOT / "evaluation" / "written" / "first-scores.json").read_text())
    return {attr: first[code]["total"].get(attr) for _, attr, _ in METRICS}


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _row(title: str, values: dict[str, float | None]) -> str:
    return f"| {title} | " + " | ".join(_fmt(values.get(attr)) for _, attr, _ in METRICS) + " |"


def _header(first: str) -> list[str]:
    return [
        f"| {first} | " + " | ".join(t for t, _, _ in METRICS) + " |",
        "|---|" + "---:|" * len(METRICS),
    ]


def _totals(split: str, model: str | None) -> dict[str, dict[str, float | None]]:
    reports = evaluate_real(REAL, split=split, model=model)
    out = {}
    for name, report in reports.items():
        total: Scores = report.total
        out[name] = {attr: getattr(total, attr) for _, attr, _ in METRICS}
        out[name]["_docs"] = len(report.documents)
        c = total.counts
        out[name]["_gold"] = (
            f"{c.dq_gold} direct quotes, {c.iq_gold} indirect, {c.att_gold} attributions, "
            f"{c.fig_gold} figures, {c.hedge_gold} hedges"
        )
    return out


def _speed(lang: str, words: int, model: str | None) -> float:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_reading import bench  # noqa: PLC0415  (a benchmark script, not a module)

    from sourcetrace.analysis import BATCH_SIZE  # noqa: PLC0415

    return bench(lang, words, model, BATCH_SIZE)[0]  # read as `sourcetrace analyze` reads


def _ranker_lines() -> list[str]:
    """The learned speaker ranker against the rules, cross-validated on the dev split (it
    ships only when it wins; see ``scripts/fit_speaker_ranker.py``)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import fit_speaker_ranker as ranking  # noqa: PLC0415  (a script, not a module)

    choices = ranking.collect(list(SET_TITLES))
    rules, learned, total = ranking.cross_validate(choices)
    reachable = sum(any(c["right"] for c in choice["candidates"]) for choice in choices)
    return [
        "",
        "### A learned speaker ranker (dev split, cross-validated)",
        "",
        "For quotes with no cue of their own, every rule proposes its candidate speaker and a "
        "conditional logit over the candidates' features picks one "
        "(`src/sourcetrace/pipeline/_speaker_ranker.py`, fitted by "
        "`scripts/fit_speaker_ranker.py`). Cross-validated by document on the dev split of "
        f"every real set: {total} choices, a right candidate among them in {reachable}; the "
        f"rules' order right in {rules}, the ranker in {learned}. It does not beat the rules, "
        "so no weights ship and the reading keeps the rules' order; the test split was not "
        "read for this.",
    ]


def _with_syntax(enabled: bool) -> None:
    os.environ["SOURCETRACE_SYNTAX"] = "1" if enabled else "0"
    build_pipeline.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-words", type=int, default=20_000)
    args = parser.parse_args()
    out = ROOT / "docs" / "evaluation.md"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    first = json.loads((ROOT / "evaluation" / "first-scores.json").read_text(encoding="utf-8"))
    _with_syntax(False)
    runs = {
        "rules only (`--model blank`)": ("blank", False),
        "default (shipped nb/en pipelines)": (None, False),
        "default + NDT parser (`SOURCETRACE_SYNTAX=1`)": (None, True),
    }
    test: dict[str, dict] = {}
    speeds: dict[str, dict[str, float]] = {}
    for title, (model, syntax) in runs.items():
        _with_syntax(syntax)
        test[title] = _totals("test", model)
        speeds[title] = {lang: _speed(lang, args.speed_words, model) for lang in ("nb", "en")}
        print(f"{title}: measured", file=sys.stderr)
    _with_syntax(False)
    dev = _totals("dev", None)
    default = test["default (shipped nb/en pipelines)"]

    lines = [
        "# Evaluation",
        "",
        f"Measured {dt.date.today().isoformat()} at commit `{commit}` with "
        "`python scripts/evaluation_report.py`. Scores are micro-averaged over the documents "
        "of a set; the machine is a shared 2-core box, so speeds vary by 10–20 %.",
        "",
        "## The main measure: real news, test split",
        "",
        "Real news from the open corpora in `../shared/data`, annotated by us to the annotation "
        "guide (`evaluation/real/README.md`): NARC Bokmål newspaper documents, NDT Nynorsk "
        "newspaper passages, GUM's Wikinews articles and interviews. Each set is split by a hash "
        "of the document id; **the test split was never tuned on** (errors were read on dev "
        "only). The CI gate (`python -m sourcetrace.eval_gate`, `tests/test_eval_gate.py`) holds "
        "these numbers against the floors in `evaluation/floors.toml`.",
        "",
        "Columns: DQ F1 direct quotes; Speaker = speaker name right on gold quotes a prediction "
        "overlaps (the fullest name, as the guide asks); Spk entity = the predicted speaker is any "
        "name the corpus's own coreference annotation gives that referent (NARC, GUM; resolution "
        "apart from naming); IQ R = indirect-quote recall; Attr F1 = sourcing relation with overlapping "
        "evidence (an indirect quote of the source also finds a `reported`/`claimed` statement, "
        "as the guide says); Source = source name right on the statements found; Fig F1 = value "
        "at the figure's place; Fig claimant = claimant right on matched figures; Hedge R = a "
        "predicted cue on the gold cue.",
        "",
        f"### Before and after (default pipelines); first measurement at `{first['commit']}`",
        "",
        *_header("set"),
    ]
    for name, title in SET_TITLES.items():
        batch = first.get("batches", {}).get(name)
        firsts = batch["models"]["default"] if batch else first["models"]["default"].get(name, {})
        label = f"{title}, first" + (f" (`{batch['commit']}`)" if batch else "")
        lines.append(_row(label, firsts))
        lines.append(_row(f"**{title}, now**", default[name]))
    targets = {attr: target for _, attr, target in METRICS}
    lines += [_row("issue target", targets), ""]
    for name, title in SET_TITLES.items():
        lines.append(f"- {title}: {default[name]['_docs']} test documents; gold {default[name]['_gold']}.")
    lines.append(
        "- The second NARC batch (30 documents, 14 test) was annotated on 2026-12-05 by three "
        "annotators who never saw the rules; its test split's first scores were taken the moment "
        "the annotations arrived, before any change made with its dev split. It scores below the "
        "first batch's test split: the reading's gains carry over to text no one has tuned on "
        "only in part."
    )
    lines.append(
        "- The third (18 documents, 9 test) and fourth (15 documents, 6 test) NARC batches came "
        "the same way in landing 7: mostly interviews, portraits and features, where uncued "
        "dialogue turns are most of the quotes. The third batch's first scores are those of the "
        "reading before landing 7 (`83fb5c1`); the fourth's were taken on arrival, with landing "
        "7's reading up to then, which had never seen it. Their dev halves moved a lot (speaker "
        "0.47 -> 0.53 and 0.37 -> 0.63) while their test halves moved little (0.48 -> 0.48, "
        "0.66 -> 0.68): most of what was fixed on them is specific to the documents read."
    )
    lines.append(
        "- Landing 8 worked from 32 real Norwegian war reports (NRK, TV 2, VG, NTB and others, "
        "read during the session and never committed) and the dev halves; eight more reports, "
        "read only to measure, gave 40 of 48 speakers right with the reading before landing 8 "
        "(the same with the landing's first changes) and 49 of 49 after the fixes their errors "
        "then showed (so that set is no longer unseen). On the test split the third and fourth "
        "batches moved little again (speaker 0.48 -> 0.49 and 0.68 -> 0.68)."
    )
    lines.append(
        "- Landing 9 read interviews and features: hyphen interviews with no speech cue, answers "
        "after narrative, questions put by others (`spør om`), family nouns before names, "
        "documents that speak for their issuer. Speaker accuracy counts only the quotes a "
        "reading finds, so finding more lowers it where the new quotes' speakers are hard: on "
        "the third batch's test half direct quotes found went 84 -> 90 of 109 and indirect 53 -> "
        "56 of 68, with speakers right 68 -> 69 (accuracy 0.49 -> 0.47, floors lowered with "
        "that reason in `evaluation/floors.toml`)."
    )
    lines.append(
        "- Landing 10 worked again from new real war reports (about 60 in Bokmål, Nynorsk, "
        "English, Russian and Ukrainian, read during the session and never committed) and the dev "
        "halves: headlines as antecedents of the lede's pronoun, participle and naming cues "
        "(`har forklart at`, `kaller angrepet sjokkerende`), quantifiers as speakers "
        "(`Enkelte hevder`), time phrases fronted before a cue, figures handed on within a "
        "paragraph, war-reporting hedges. Indirect recall rose on every Bokmål batch's test half "
        "(third batch 0.82 -> 0.85) while the third batch's speaker accuracy, over the quotes "
        "found, went 0.469 -> 0.46."
    )
    lines.append(
        "- Landing 11 read about 60 more real reports (war news and features in Bokmål and "
        "Nynorsk, English war reports, Russian and Ukrainian items, claims on one event from "
        "several outlets; read during the session and never committed): quantifier subjects, "
        "fronted stretches of time, ages in brackets as persons, a feature's lede pronoun "
        "before the name, the war's known office holders, 'ifølge Ukrainas president X', "
        "comparative 'slik X hevder', study findings and modal perfects in Norwegian sourcing, "
        "English admissions and 'per X', poll shares and fraction shares. The test halves moved "
        "little: English speaker 0.733 -> 0.744 and attribution 0.476 -> 0.500, figure claimant "
        "Bokmål 0.802 -> 0.818 and Nynorsk 0.809 -> 0.872; the Norwegian speaker columns did "
        "not move (the kinds fixed are war and feature kinds the NARC test halves seldom hold). "
        "Joined subjects as one speaker ('IT-sjefen og kona') gained two dev quotes and lost one "
        "test quote on each of two batches, and were taken back."
    )
    lines.append(
        "- Landing 12 read about 100 more real reports (Norwegian war news, analyses and "
        "features; English wire reports; Russian and Ukrainian news; claims on one strike from "
        "six outlets; read during the session and never committed) and fixed kinds of reported "
        "speech no cue word marks alone: passive reports ('Det opplyses at'), relative clauses "
        "('en soldat som fortalte at'), views after a copula ('er klar på at'), judgements of "
        "'det', claim and view nouns, sources set off by their comma after 'ifølge', offices "
        "and pairs as speakers, the reporter's meeting naming an opening quote's speaker, one "
        "vocabulary of data nouns. The scorer's attribution precision no longer counts gold "
        "statements found through indirect quotes (it could exceed 1): the same readings score "
        "Bokmål attribution 0.680 -> 0.663 and written Ukrainian 0.89 -> 0.85. Test halves "
        "moved on most sets (see the tables); four pieces the gate refused were taken back "
        "(durations after 'etter' as moments, a first 'de to landene' rule, list items counted "
        "from their noun alone, 'føler at' as a cue)."
    )
    lines.append(
        "- Landing 13 read about 150 more real reports (Norwegian war features, interviews and "
        "wire news, Nynorsk news agency copy, English wire and broadcast reports, Russian and "
        "Ukrainian news, ten reports of one strike; read during the session and never "
        "committed) and fixed kinds: narration that keeps the last speaker in focus, an "
        "interviewee's own dash questions, age nouns ('sier 15-åringen'), a bare noun taking "
        "the fuller description the text gives it, verbs of seeing and feeling with a clause, "
        "English could-not-verify and contested-figure forms, outlets and documents as "
        "reporters, hedges read by their frame ('kan' about a thing), one claimant reader "
        "for two languages' shapes, the issuer of data named after modifiers. On the test "
        "halves hedges moved most (Bokmål 0.700 -> 0.738, second batch 0.758 -> 0.818, third "
        "0.597 -> 0.639, English 0.712 -> 0.729); most kinds fixed were rare in the NARC "
        "and GUM test halves, whose other columns moved by a quote or two either way (Bokmål "
        "direct-quote F1 0.960 -> 0.956, speaker 0.824 -> 0.822; fourth batch speaker 0.691 "
        "-> 0.697). Six pieces the gate refused were taken back (infinitive cues after a "
        "modal, 'skylder på' as a claim, 'ifølge loven' as no source, list items without "
        "their noun, the possessive partitive, quotes closed by a mark with a comma after it "
        "outside Russian and Ukrainian)."
    )
    lines.append(
        "- Landing 14 added a fresh English set, `en-ewt` (UD English EWT weblogs retelling the "
        "news of the Iraq war and US politics, and news reposted to newsgroups; 26 documents, 12 "
        "test, two annotators who never saw the rules), and took its test split's first scores "
        "the moment the annotations arrived: speaker 0.710, indirect recall 0.565, attribution "
        "0.615, source 0.500, figure claimant 0.462, the level the independent set reports. Work "
        "on its dev half and on about 120 more real reports (read during the session, never "
        "committed) then moved its test half: indirect recall 0.565 -> 0.739, attribution "
        "0.615 -> 0.744, direct-quote F1 0.973 -> 1.000, speaker 0.710 -> 0.722 (source, "
        "figures and hedges did not move). The other test halves moved little (English GUM "
        "speaker 0.800 -> 0.811, hedges 0.729 -> 0.746; NARC 2nd batch speaker 0.781 -> 0.787; "
        "written Russian figure claimant 0.565 -> 0.739). The gate refused and the helpers took "
        "back: a bare role noun linked to the name written with it earlier (twice, also in a "
        "narrow form), manner adverbs ending a speaker phrase, 'regner med å' as a report, "
        "shares as fractions and ranks on a scale as no figures."
    )
    lines.append(
        "- Landing 15 added the first real Ukrainian set, `uk-iu` (UD Ukrainian IU documents "
        "published online that report what others said: news sites, the president's and the "
        "defence ministry's press pages, Tyzhden, blogs, reviews; 26 documents, 12 test, two "
        "annotators who never saw the rules). Its test split's first scores, taken on arrival, "
        "show how far the written Ukrainian sets flatter the reading: direct-quote F1 0.709, "
        "speaker 0.478, indirect recall 0.467, attribution 0.538, hedge recall 0.364 (written: "
        "0.94, 0.74, 0.97, 0.85, 0.77). Work on its dev half then moved its test half: "
        "direct-quote F1 0.709 -> 0.758, indirect recall 0.467 -> 0.533, figure F1 0.698 -> "
        "0.739, claimant 0.773 -> 0.792, hedge recall 0.364 -> 0.636; speaker accuracy fell "
        "0.478 -> 0.440 with the same 11 right speakers (two more quotes found, their speakers "
        "wrong; the floor was lowered with that reason). Fixes from about 130 new real reports "
        "(read during the session, never committed) moved the older test halves little: written "
        "Russian direct-quote F1 0.916 -> 0.959, Bokmål hedge recall 0.738 -> 0.750, Nynorsk "
        "figure F1 0.839 -> 0.850, NARC 2nd batch direct-quote F1 0.941 -> 0.945; the rest "
        "unchanged, while hand counts on the new reports rose (e.g. English speakers 90/107 -> "
        "103/106, Ukrainian 59/71 -> 68/71)."
    )
    lines.append(
        "- Landing 16 fixed kinds of error seen in about 160 new real reports (Norwegian, "
        "English, Russian, Ukrainian; read during the session, never committed): hand counts "
        "on them rose (e.g. English speakers 99/112 -> 106/112 and 50/64 -> 60/64, Norwegian "
        "speakers 68/72 -> 70/72, Ukrainian speakers 30/36 -> 34/36, Russian quotes found 18/22 "
        "-> 22/22, Norwegian figures' counted thing 14/19 -> 19/19), and the uk-iu dev half "
        "rose (speaker 0.71 -> 0.85, indirect recall 0.50 -> 0.75), but the test halves hardly "
        "moved: English EWT figure F1 0.684 -> 0.703, written Ukrainian speaker 0.737 -> 0.772, "
        "everything else unchanged to three decimals. The old test halves (2001-2012 Aftenposten, "
        "Wikinews, 2015-2017 Ukrainian sites) hold kinds these reports do not show; the "
        "independent set of war reporting is nearer the new reports."
    )
    lines.append(
        "- Speaker scores since 2026-12-05 count the part of an outside full name a passage "
        'writes ("Hallvard" where the annotator wrote "Hallvard Mosdøl") and either spelling of '
        "a name the text spells two ways (`evaluation/real/README.md`); the first measurement "
        "used the stricter scorer, so part of the Nynorsk gain is the scorer's."
    )
    lines += [
        "",
        "### With and without the trained models (test split)",
        "",
        "The reading's rules run on any base pipeline; the trained pipelines add part-of-speech "
        "tags and entities (the English one also a parse, read at cue verbs' subjects and in "
        "speaker and source phrases, and lemmas the reading does not use; "
        "the Norwegian one is the small pipeline of `docs/models.md` since 2026-12-05). The NDT "
        "parser is ours too: wired for speaker phrases in nb/nn but off by default, because it "
        "does not pay yet.",
        "",
        *_header("set / pipeline"),
    ]
    for name, title in SET_TITLES.items():
        for run_title, totals in test.items():
            lines.append(_row(f"{title}: {run_title}", totals[name]))
    lines += _ranker_lines()
    lines += [
        "",
        f"Reading speed (`benchmarks/bench_reading.py`, {args.speed_words:,} words, one core):",
        "",
        "| pipeline | nb words/s/core | en words/s/core |",
        "|---|---:|---:|",
    ]
    for run_title, by_lang in speeds.items():
        lines.append(f"| {run_title} | {by_lang['nb']:,.0f} | {by_lang['en']:,.0f} |")
    lines += [
        "",
        "## Russian and Ukrainian: the written sets (issue #12)",
        "",
        "Written for the project from the constructions of real Russian and Ukrainian reporting "
        "by a writer who never saw the rules (`evaluation/written/README.md`); test split by a "
        "hash of the file name, held by the same CI gate. Default pipelines (natasha for Russian "
        "entities, pymorphy3 for both).",
        "",
        *_header("set / split"),
    ]
    for code, title in WRITTEN.items():
        folder = ROOT / "evaluation" / "written" / code
        if not folder.is_dir():
            continue
        lines.append(_row(f"{title}, test, first", _written_first(code)))
        lines.append(_row(f"**{title}, test, now**", _scores(evaluate_dir(folder, split="test").total)))
        lines.append(_row(f"{title}, dev (tuned on)", _scores(evaluate_dir(folder, split="dev").total)))
    lines += ["", "## Real news, dev split (tuned on)", "", *_header("set")]
    for name, title in SET_TITLES.items():
        lines.append(_row(title, dev[name]))
    lines += [
        "",
        "## Our fiction sets",
        "",
        "Written and tuned by the team (`tests/cases`), so they cannot tell how the reading does "
        "on news it meets for the first time; kept to catch regressions. Totals, default "
        "pipelines:",
        "",
        *_header("set"),
    ]
    for title, folder in FICTION:
        if folder.is_dir():
            total = evaluate_dir(folder).total
            lines.append(_row(title, {attr: getattr(total, attr) for _, attr, _ in METRICS}))
    lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
