"""Pipelines register themselves by name; everything else finds them here."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil

from spine.core.errors import UsageError
from spine.core.pipeline import Pipeline

_PIPELINES: dict[str, type[Pipeline]] = {}

# Where domains live: every package under it is a domain, and importing its ``pipelines`` package
# registers its pipelines (and the domain's parameter types). The platform names no domain.
DOMAINS_PACKAGE = "spine.domains"


def register(cls: type[Pipeline]) -> type[Pipeline]:
    """Class decorator: make the pipeline reachable by its name."""
    existing = _PIPELINES.get(cls.name)
    if existing is not None and existing is not cls:
        raise ValueError(f"pipeline name {cls.name} registered twice")
    _PIPELINES[cls.name] = cls
    return cls


def load_domains() -> None:
    """Import every domain's pipelines once (later calls find them imported)."""
    package = importlib.import_module(DOMAINS_PACKAGE)
    for domain in pkgutil.iter_modules(package.__path__, prefix=f"{DOMAINS_PACKAGE}."):
        if not domain.ispkg:
            continue
        importlib.import_module(domain.name)
        if importlib.util.find_spec(f"{domain.name}.pipelines") is not None:
            importlib.import_module(f"{domain.name}.pipelines")


def get(name: str) -> type[Pipeline]:
    load_domains()
    try:
        return _PIPELINES[name]
    except KeyError:
        known = ", ".join(sorted(_PIPELINES))
        raise UsageError(f"unknown pipeline {name!r}; known pipelines: {known}") from None


def all_pipelines() -> list[type[Pipeline]]:
    load_domains()
    return [_PIPELINES[name] for name in sorted(_PIPELINES)]
