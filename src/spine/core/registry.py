"""Pipelines register themselves by name; everything else finds them here."""

from __future__ import annotations

import importlib

from spine.core.errors import UsageError
from spine.core.pipeline import Pipeline

_PIPELINES: dict[str, type[Pipeline]] = {}

# Domain packages whose import registers their pipelines.
DOMAIN_MODULES = ("spine.domains.otc.pipelines",)


def register(cls: type[Pipeline]) -> type[Pipeline]:
    """Class decorator: make the pipeline reachable by its name."""
    existing = _PIPELINES.get(cls.name)
    if existing is not None and existing is not cls:
        raise ValueError(f"pipeline name {cls.name} registered twice")
    _PIPELINES[cls.name] = cls
    return cls


def load_domains() -> None:
    for module in DOMAIN_MODULES:
        importlib.import_module(module)


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
