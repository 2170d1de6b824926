"""sourcetrace: war reporting turned into a traceable record of claims."""

from .spacy_import import defer_spacy_cli

__version__ = "0.1.0"

# before any of our modules imports spaCy: its command line is imported when it is used
# (a quarter of `import spacy`, paid by every `sourcetrace analyze`; see spacy_import.py)
defer_spacy_cli()
