"""Declared pipeline parameters, and their validation and conversion.

The dispatcher converts every value before a pipeline runs, so ``force=false`` reaches the pipeline as
the boolean False and ``weeks_back=6`` as the int 6. The CLI, the library API and the tests share these
declarations, which is why a bad value is refused the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spine.core.errors import UsageError, one_line

_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off"}


def _to_str(value: Any) -> str:
    return str(value)


def _to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError("expected a whole number")
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if not text.lstrip("+-").isdigit():
        raise ValueError("expected a whole number")
    return int(text)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError("expected true or false")


def _to_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError("expected an ISO date YYYY-MM-DD") from None


def _to_path(value: Any) -> Path:
    text = str(value)
    if not text.strip():
        raise ValueError("expected a path")
    return Path(text).expanduser()


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "str": _to_str,
    "int": _to_int,
    "bool": _to_bool,
    "date": _to_date,
    "path": _to_path,
}


# Characters that end a line somewhere (a terminal, a log, a CSV reader): never inside one value.
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def register_type(name: str, converter: Callable[[Any], Any]) -> None:
    """Let pipelines declare parameters of a domain's own type (a week named by its Friday, say).

    ``converter`` turns a raw value into the type or raises ValueError with a short reason.
    """
    existing = CONVERTERS.get(name)
    if existing is not None and existing is not converter:
        raise ValueError(f"parameter type {name} registered twice")
    CONVERTERS[name] = converter


def converter(type_name: str) -> Callable[[Any], Any]:
    """The converter of a declared type; a type no one registered is a programming error."""
    try:
        return CONVERTERS[type_name]
    except KeyError:
        raise KeyError(f"parameter type {type_name!r} is not registered (by its domain)") from None


@dataclass(frozen=True)
class Param:
    """One declared parameter of a pipeline."""

    name: str
    type: str = "str"
    required: bool = False
    default: Any = None
    help: str = ""
    choices: tuple[str, ...] = ()
    # Extra literal values accepted besides the type (``week_ending=latest``).
    keywords: tuple[str, ...] = ()
    normalize: Callable[[str], str] | None = None
    minimum: int | None = None
    maximum: int | None = None

    def convert(self, raw: Any) -> Any:
        if isinstance(raw, str) and raw.strip().lower() in self.keywords:
            return raw.strip().lower()
        try:
            value = converter(self.type)(raw)
            if self.normalize is not None:
                value = self.normalize(value)
        except ValueError as exc:
            raise UsageError(f"parameter {self.name}={raw!s}: {exc}{self._accepted()}") from None
        if self.choices and value not in self.choices:
            raise UsageError(
                f"parameter {self.name}={raw!s} is not allowed; accepted values: " + ", ".join(self.choices)
            )
        if self.minimum is not None and value < self.minimum:
            raise UsageError(f"parameter {self.name}={raw!s}: must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise UsageError(f"parameter {self.name}={raw!s}: must be at most {self.maximum}")
        return value

    def _accepted(self) -> str:
        if self.choices:
            return "; accepted values: " + ", ".join(self.choices)
        if self.keywords:
            return f"; accepted: a {self.type} or " + ", ".join(self.keywords)
        return ""

    def describe(self) -> str:
        """One line for ``spine list pipelines``."""
        kind = self.type + (" | " + " | ".join(self.keywords) if self.keywords else "")
        need = "required" if self.required else f"default {self.default!r}"
        allowed = f" [{', '.join(self.choices)}]" if self.choices else ""
        return f"{self.name} ({kind}, {need}){allowed}: {self.help}"


def resolve_params(declared: Sequence[Param], given: Mapping[str, Any]) -> dict[str, Any]:
    """Check names, convert values and fill defaults; raise UsageError naming the parameter."""
    by_name = {param.name: param for param in declared}
    unknown = sorted(set(given) - set(by_name))
    if unknown:
        known = ", ".join(by_name) or "(none)"
        raise UsageError(f"unknown parameter {', '.join(unknown)}; this pipeline takes: {known}")
    resolved: dict[str, Any] = {}
    for param in declared:
        if param.name in given and given[param.name] is not None:
            resolved[param.name] = param.convert(given[param.name])
        elif param.required:
            raise UsageError(f"missing required parameter {param.name}: {param.help}")
        elif isinstance(param.default, str):
            # A documented default is a value like any given one: it gets the same conversion.
            resolved[param.name] = param.convert(param.default)
        else:
            resolved[param.name] = param.default
    return resolved


def parse_assignments(pairs: Sequence[str]) -> dict[str, str]:
    """``["mode=fast", "force=true"]`` -> ``{"mode": "fast", "force": "true"}``."""
    result: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"parameter {one_line(pair)} is not of the form key=value")
        if any(char in pair for char in _LINE_BREAKS):
            raise UsageError(f"parameter {one_line(pair)} holds a line break; give each value on one line")
        if name.strip() in result:
            raise UsageError(f"parameter {one_line(name.strip())} given twice")
        result[name.strip()] = value
    return result
