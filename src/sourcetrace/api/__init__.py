"""The REST API over the corpus store (FastAPI); OpenAPI at ``/docs``."""

from .app import create_app

__all__ = ["create_app"]
