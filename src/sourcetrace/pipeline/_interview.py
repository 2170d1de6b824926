"""An interview told as questions and unmarked answers ("Wikinews interviews X", "X: An
interview with the 'Mets Poet'"): who answers, and which paragraphs are answers.

Why a module of its own: the answers are the interviewee's speech, so both the figures
component (an answer's figures are the interviewee's claims) and the speakers component (an
answer's "I said, '...'" is the interviewee saying it) read the same turns. The vocabulary is
the language's ``figures.toml`` (``interview_heading``, ``interview_name_stop``), where it was
first needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .. import lang as langdata
from .annotations import get_list, paragraph_role

#: Entity labels of a person (the shipped Norwegian and English pipelines say PER).
_PERSON_LABELS = frozenset({"PER", "PERSON"})


@dataclass(frozen=True)
class InterviewTurns:
    """The interviewee, the character ranges of the answer paragraphs, and the range of the
    body before the first question (the introduction, or a prompt made as a statement and its
    answer: "You have received a good deal of attention recently." then the answer)."""

    person: Span
    answers: tuple[tuple[int, int], ...]
    opening: tuple[int, int] = (0, 0)

    def answers_at(self, char: int) -> bool:
        """Whether the character offset lies in an answer paragraph."""
        return any(start <= char < end for start, end in self.answers)


@dataclass(frozen=True)
class InterviewReader:
    """Reads a document's interview turns with one language's heading pattern and the words
    that end an interviewee's name read from that heading."""

    heading_re: re.Pattern[str] | None
    name_stop: frozenset[str]

    @classmethod
    def for_language(cls, code: str) -> InterviewReader:
        """The reader for language ``code`` (no heading pattern: never an interview)."""
        data = langdata.concern(code, "figures")
        pattern = data.get("interview_heading")
        return cls(
            re.compile(pattern, re.I) if pattern else None,
            frozenset(w.lower() for w in data.get("interview_name_stop", [])),
        )

    def read(self, doc: Doc) -> InterviewTurns | None:
        """The person the heading names (else the first of the introduction, not the byline)
        and the body paragraphs that answer: those after the first question that ask nothing.
        None when the document is no interview."""
        if self.heading_re is None:
            return None
        paragraphs = get_list(doc, "st_paragraphs")
        headings = [p for p in paragraphs if paragraph_role(p) == "heading"]
        heading = next((h for h in headings if self.heading_re.search(h.text)), None)
        if heading is None:
            return None
        body = [p for p in paragraphs if paragraph_role(p) in ("body", None)]
        first_q = next((n for n, p in enumerate(body) if p.text.rstrip().endswith("?")), None)
        if first_q is None:
            return None
        places = [(heading.start_char, heading.end_char)] + [
            (p.start_char, p.end_char) for p in body[:first_q]
        ]
        people = (
            e
            for a, b in places
            for e in doc.ents
            if e.label_ in _PERSON_LABELS and a <= e.start_char < b
        )
        person = next(people, None)
        if self.name_stop and (person is None or person.start_char >= heading.end_char):
            # a weak recogniser misses the heading's name or calls it a place ("... philosopher
            # Noam Chomsky" as LOC): the heading's own run of proper nouns names the interviewee,
            # when no one else is named or it is the fuller name of the one found ("Chomsky")
            named = self.heading_name(heading)
            if named is not None and (
                person is None or person[-1].lower_ in {t.lower_ for t in named}
            ):
                person = named
        if person is None:
            return None
        end = person.end
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].text.istitle()
            and doc[end].lower_ not in self.name_stop
        ):
            end += 1  # the tagger's name ran short ("Marymegan" of "Marymegan Daly")
        answers = tuple(
            (p.start_char, p.end_char)
            for p in body[first_q + 1 :]
            if not p.text.rstrip().endswith("?")
        )
        opening = (body[0].start_char, body[first_q].start_char) if first_q else (0, 0)
        return InterviewTurns(doc[person.start : end], answers, opening)

    def heading_name(self, heading: Span) -> Span | None:
        """The first run of two or more proper nouns in an interview's heading ("Wikinews
        interviews Israeli mathematician and writer Aner Shalev Wednesday, ..." -> "Aner
        Shalev"); a time word ends the run. Capitalised words, not the tagger's proper nouns:
        the tagger takes names it has not seen for common nouns ("Aner Shalev" as NOUN). None
        when the heading has no such run."""
        doc = heading.doc
        start = None
        for token in [*heading, None]:
            proper = (
                token is not None
                and token.text.istitle()
                and token.lower_ not in self.name_stop
                and token.i > heading.start
            )
            if proper and start is None:
                start = token.i
            elif not proper and start is not None:
                end = token.i if token is not None else heading.end
                if end - start >= 2:
                    return doc[start:end]
                start = None
        return None
