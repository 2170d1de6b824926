"""sourcetrace: war reporting turned into a traceable record of claims."""

__version__ = "0.1.0"
