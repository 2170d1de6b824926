"""Build ``src/sourcetrace/lang/data/first_names.tsv.gz``: the gender of common first names.

Why: "sier hun" after "Eva Joly ... sa Gilles Buna" must go back to Eva Joly, not to the man
named last; the pronoun resolver needs a first name's gender for that, and Norwegian and English
(unlike Russian and Ukrainian, where pymorphy3's dictionaries know first names) have no
morphology that tells it.

Source: the name data of ``nomquamgender`` (MIT licence, Van Buskirk et al.; name counts from
many national sources, keys folded to ASCII). Only names that are near-certain keep a gender: at
least ``MIN_SOURCES`` sources and ``MIN_COUNT`` bearers (rare spellings are noise), and a share
of women of at most ``MAX_SHARE`` or at least ``1 - MAX_SHARE`` (so "Kim", "Andrea", "Jean", "Kari"
stay unknown: an unknown gender fits any pronoun, a wrong one would block the right antecedent).

Run it once when the source is updated (``pip install nomquamgender``)::

    python scripts/build_first_names.py
"""

from __future__ import annotations

import gzip
import json
from importlib.util import find_spec
from pathlib import Path

#: a name must be counted by at least this many national sources ...
MIN_SOURCES = 3
#: ... for at least this many bearers; below that the data holds typos and nicknames
MIN_COUNT = 50
#: the largest share of the other gender a name may have and still be called one gender
MAX_SHARE = 0.05

TARGET = Path(__file__).resolve().parent.parent / "src/sourcetrace/lang/data/first_names.tsv.gz"


def main() -> None:
    # the package's data file is read without importing the package (its module imports
    # pandas and unidecode, which reading a JSON file does not need)
    spec = find_spec("nomquamgender")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install nomquamgender first")
    data = json.loads((Path(spec.origin).parent / "name_data.json").read_text(encoding="utf-8"))
    kept: dict[str, str] = {}
    for name, (sources, count, share_women, *_rest) in data.items():
        if not (name.isascii() and name.isalpha()) or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if share_women >= 1 - MAX_SHARE:
            kept[name] = "femn"
        elif share_women <= MAX_SHARE:
            kept[name] = "masc"
    lines = "".join(f"{name}\t{gender}\n" for name, gender in sorted(kept.items()))
    header = "# first name (ASCII-folded, lower case)\tgender; built by scripts/build_first_names.py from nomquamgender (MIT)\n"
    with gzip.open(TARGET, "wt", encoding="utf-8") as out:
        out.write(header + lines)
    print(f"{len(kept)} first names -> {TARGET}")


if __name__ == "__main__":
    main()
