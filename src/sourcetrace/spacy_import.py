"""Import spaCy without importing its command line (``spacy.cli``) at the same time.

``spacy/__init__.py`` imports ``spacy.cli.info`` only to offer ``spacy.info()``, and that one
line imports spaCy's whole command line: its Typer app, weasel, requests, urllib3 and the
modules of every ``spacy`` sub-command. That is about a quarter of what ``import spacy`` costs
(0.15 of 0.55 s CPU here), paid by every ``sourcetrace analyze`` that never runs a spaCy
command (issue #14: start-up under a second).

:func:`defer_spacy_cli` puts a finder in front of ``sys.meta_path`` that acts once, when spaCy
itself is first imported: while ``spacy/__init__.py`` runs, ``spacy.cli`` and ``spacy.cli.info``
are stand-ins whose ``info`` imports the real function when it is called. When spaCy is
imported the stand-ins are taken out of ``sys.modules`` again, so a later ``import spacy.cli``
(training scripts, ``spacy.cli.download``) imports the real package as before. Any other name
asked of a stand-in imports the real module and gives its attribute, so a spaCy version that
reads more from its CLI at import still works, only without the saving.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import os
import sys
import types
from collections.abc import Sequence
from typing import Any

#: the CLI modules ``spacy/__init__.py`` imports, stood in for while it runs
_DEFERRED = ("spacy.cli", "spacy.cli.info")


def _real_module(name: str) -> types.ModuleType:
    """The real module ``name``, imported now in place of its stand-ins."""
    for deferred in _DEFERRED:
        module = sys.modules.get(deferred)
        if module is not None and getattr(module, "__stand_in__", False):
            del sys.modules[deferred]
    return importlib.import_module(name)


def _stand_in(name: str, search_locations: list[str] | None) -> types.ModuleType:
    """A module named ``name`` whose attributes are read from the real module on first use."""
    module = types.ModuleType(name, f"Stands in for {name} until it is used.")
    module.__stand_in__ = True  # type: ignore[attr-defined]
    if search_locations is not None:
        module.__path__ = search_locations

    def __getattr__(attribute: str) -> Any:  # noqa: N807 (PEP 562 module attribute hook)
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(_real_module(name), attribute)

    module.__getattr__ = __getattr__  # type: ignore[attr-defined]
    return module


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info()``: spaCy's own function, imported with spaCy's CLI when first called."""
    return _real_module("spacy.cli.info").info(*args, **kwargs)


def _cli_on_first_use(attribute: str) -> Any:
    """``spacy.cli`` read as an attribute of an imported spaCy (``spacy.cli.download(...)``
    without ``import spacy.cli``): imported then, as spaCy's own import would have done."""
    if attribute == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {attribute!r}")


class _LoaderWithoutCli(importlib.abc.Loader):
    """Runs spaCy's ``__init__`` with the CLI stand-ins in ``sys.modules``, then removes them."""

    def __init__(self, loader: importlib.abc.Loader, cli_locations: list[str]):
        self.loader = loader
        self.cli_locations = cli_locations

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        stand_ins = {
            "spacy.cli": _stand_in("spacy.cli", self.cli_locations),
            "spacy.cli.info": _stand_in("spacy.cli.info", None),
        }
        stand_ins["spacy.cli.info"].info = info  # type: ignore[attr-defined]
        for name, stand_in in stand_ins.items():
            sys.modules.setdefault(name, stand_in)
        try:
            self.loader.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            # the module's loader is spaCy's own again (resources, reloading)
            module.__loader__ = self.loader
            if module.__spec__ is not None:
                module.__spec__.loader = self.loader
        if not hasattr(module, "__getattr__"):
            module.__getattr__ = _cli_on_first_use  # type: ignore[attr-defined]

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.loader, attribute)


class _SpacyWithoutCliFinder(importlib.abc.MetaPathFinder):
    """Finds ``spacy`` with the other finders and wraps its loader; acts once."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "spacy":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(fullname, path, target) if find is not None else None
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None or not spec.submodule_search_locations:
            return spec
        cli = [os.path.join(location, "cli") for location in spec.submodule_search_locations]
        spec.loader = _LoaderWithoutCli(spec.loader, cli)
        return spec


def defer_spacy_cli() -> None:
    """Import ``spacy.cli`` only when it is used, if spaCy is not imported yet (idempotent).

    ``SOURCETRACE_SPACY_CLI=eager`` leaves spaCy's import as it is."""
    if "spacy" in sys.modules or os.environ.get("SOURCETRACE_SPACY_CLI") == "eager":
        return
    if any(isinstance(finder, _SpacyWithoutCliFinder) for finder in sys.meta_path):
        return
    sys.meta_path.insert(0, _SpacyWithoutCliFinder())
