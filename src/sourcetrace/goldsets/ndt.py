"""NDT (Norwegian Dependency Treebank, as NorNE ships it): tokenised sentences in CoNLL files of
up to 100 sentences, in document order. Nynorsk reported speech is annotated on *passages*: a
run of sentences of one file, named ``LANG/FILE#FIRST-END`` (sentence indexes, end exclusive).
Each sentence becomes a paragraph; a sentence ending in ``|`` is a headline."""

from __future__ import annotations

from pathlib import Path

from . import GoldSetError, RealDoc, _Builder, register
from ._detok import detokenise

_FOLDER = Path("norne") / "ndt"
_LANGUAGE = {"nno": "nn", "nob": "nb"}
#: the newspapers among NDT's sources, by file-name prefix
OUTLETS = {
    "firda": "Firda", "vtb": "Vest-Telemark Blad", "kk": "Klassekampen", "ap": "Aftenposten",
    "db": "Dagbladet", "bt": "Bergens Tidende", "vg": "VG",
}


def sentences(path: Path) -> list[list[str]]:
    """The token forms of every sentence of one CoNLL file."""
    result: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                result.append(current)
                current = []
            continue
        columns = line.split("\t")
        if len(columns) > 1 and columns[0].isdigit():
            current.append(columns[1])
    if current:
        result.append(current)
    return result


def _list(data_dir: Path) -> list[str]:
    return sorted(
        f"{path.parent.name}/{path.stem}" for path in (data_dir / _FOLDER).glob("*/*.conll")
    )


@register("ndt", _list)
def read(doc_id: str, data_dir: Path) -> RealDoc:
    name, _, window = doc_id.partition("#")
    lang_folder, _, stem = name.partition("/")
    path = data_dir / _FOLDER / lang_folder / f"{stem}.conll"
    if lang_folder not in _LANGUAGE or not path.is_file():
        raise GoldSetError(f"NDT file {name!r} not found under {data_dir / _FOLDER}")
    rows = sentences(path)
    first, end = 0, len(rows)
    if window:
        try:
            first_text, end_text = window.split("-")
            first, end = int(first_text), int(end_text)
        except ValueError:
            raise GoldSetError(f"NDT passage {doc_id!r}: window must be FIRST-END") from None
        if not 0 <= first < end <= len(rows):
            raise GoldSetError(f"NDT passage {doc_id!r}: file has {len(rows)} sentences")
    builder = _Builder()
    for tokens in rows[first:end]:
        heading = bool(tokens) and tokens[-1] == "|"
        shown = tokens[:-1] if heading else tokens
        if shown:
            builder.add(detokenise(shown)[0], heading=heading)
    return RealDoc(
        corpus="ndt", doc_id=doc_id, language=_LANGUAGE[lang_folder], text=builder.text(),
        paragraphs=builder.paragraphs, headings=builder.headings,
        source=OUTLETS.get(stem.split("-")[0].split("0")[0]),
    )
