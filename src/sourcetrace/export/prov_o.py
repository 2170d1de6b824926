"""``prov-o``: the PROV ontology in RDF Turtle, for triple stores and SPARQL."""

from __future__ import annotations

from ._prov import prov_document
from .registry import Exporter, ExportError, ExportInput, register


def render(data: ExportInput) -> bytes:
    try:
        import rdflib  # noqa: F401 - prov's RDF serialiser needs it
    except ImportError:
        raise ExportError(
            "the prov-o format needs rdflib: pip install 'sourcetrace[rdf]'"
        ) from None
    text = prov_document(data.readings, data.claim_rows).serialize(format="rdf", rdf_format="turtle")
    return text.encode("utf-8") if isinstance(text, str) else text


register(
    Exporter(
        name="prov-o",
        description="W3C PROV-O as RDF Turtle (Turtle has no named graphs: ids carry the document)",
        media_type="text/turtle",
        suffix=".ttl",
        render=render,
    )
)
