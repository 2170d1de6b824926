"""``Lexicon.cue_words`` is a prefilter: :meth:`Lexicon.is_cue` returns 0 at once for a word
outside it. Every word set that ``is_cue`` tests the word at hand against must therefore be part
of the union, or the cues of that set are silently never found (the clause cues were once left
out and "følte at" stopped being a cue). The sets are read from ``is_cue``'s own source, so a set
added there later is checked without anyone remembering this test."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from sourcetrace.pipeline.cues import Lexicon, lexicon


def _sets_tested_against_the_word() -> set[str]:
    """Names of the ``Lexicon`` attributes ``is_cue`` looks the current word (``low``) up in:
    ``low in self.X``, ``low not in self.X`` and ``self.X.get(low)``."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(Lexicon.is_cue)))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "low":
            for operator, target in zip(node.ops, node.comparators, strict=True):
                if (
                    isinstance(operator, (ast.In, ast.NotIn))
                    and isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    names.add(target.attr)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Attribute)
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "low"
        ):
            names.add(node.func.value.attr)
    # the prefilter itself, and the sets that only ever turn a cue down, need not be in it
    return names - {"cue_words", "negated_cues"}


def test_is_cue_reads_word_sets() -> None:
    """The reader of ``is_cue`` finds the sets it is meant to find (guards the guard)."""
    names = _sets_tested_against_the_word()
    assert {"cue_verbs", "particle_cues", "clause_cues", "passive_cues"} <= names


@pytest.mark.parametrize("code", ["nb", "nn", "en", "ru", "uk"])
def test_every_word_is_cue_reads_passes_the_prefilter(code: str) -> None:
    lex = lexicon(code)
    missing = {
        name: sorted(set(getattr(lex, name)) - lex.cue_words)[:5]
        for name in _sets_tested_against_the_word()
        if set(getattr(lex, name)) - lex.cue_words
    }
    assert not missing, f"{code}: words is_cue reads but cue_words drops: {missing}"
