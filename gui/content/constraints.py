"""What a field of the schema accepts, said in its annotation without importing pydantic.

The schema (gui/content/schema.py) is plain frozen dataclasses, the objects every view
reads. pydantic builds the validators from them (gui/content/validation.py) and asks each
of these markers, through `__get_pydantic_core_schema__`, how it changes the field's
validation. The markers only edit the schema pydantic hands them: nothing here imports
pydantic, so a start that finds its validators already built never loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema


@dataclass(frozen=True, slots=True)
class Length:
    """At least `min` and at most `max` characters (of a string) or items (of a tuple)."""

    min: int | None = None
    max: int | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> Any:
        schema: dict[str, Any] = dict(handler(source))
        if schema.get("type") not in ("str", "tuple"):
            raise TypeError(f"Length applies to a string or a tuple, not {source!r}")
        if self.min is not None:
            schema["min_length"] = self.min
        if self.max is not None:
            schema["max_length"] = self.max
        return schema


@dataclass(frozen=True, slots=True)
class Pattern:
    """A string that matches `regex` (searched, so anchor it)."""

    regex: str

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> Any:
        schema: dict[str, Any] = dict(handler(source))
        if schema.get("type") != "str":
            raise TypeError(f"Pattern applies to a string, not {source!r}")
        schema["pattern"] = self.regex
        return schema


@dataclass(frozen=True, slots=True)
class _CallsFunction:
    """A marker whose validation calls `function`: a module-level function, because the
    built validators refer to it by name, and are kept under a fingerprint that shows it
    by name too (this repr)."""

    function: Callable[..., Any]

    def __repr__(self) -> str:
        name = f"{self.function.__module__}.{self.function.__qualname__}"
        return f"{type(self).__name__}({name})"


@dataclass(frozen=True, slots=True, repr=False)
class Check(_CallsFunction):
    """A value that `function(value)` accepts: it returns the value, or raises ValueError
    saying why."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.function, handler(source))


@dataclass(frozen=True, slots=True, repr=False)
class Before(_CallsFunction):
    """A value that `function(value)` turns into what the field then validates, or
    rejects with ValueError: for a setting written one way and held another (a list
    written as "a, b")."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(self.function, handler(source))


@dataclass(frozen=True, slots=True, repr=False)
class Wrap(_CallsFunction):
    """Validation that goes through `function(value, validate, info)`, which may return an
    object it validated before instead: how identical citation lists become one tuple."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.with_info_wrap_validator_function(self.function, handler(source))


# Every marker: the kept validators are filed under what each of them does.
MARKERS: tuple[type, ...] = (Length, Pattern, Check, Before, Wrap)
