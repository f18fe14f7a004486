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
class Check:
    """A value that `check` accepts: it returns the value, or raises ValueError saying why.

    `check` must be a module-level function: the built validators refer to it by name.
    """

    check: Callable[[Any], Any]

    def __repr__(self) -> str:  # by name: the validators are kept under a fingerprint of it
        return f"Check({_name(self.check)})"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.check, handler(source))


@dataclass(frozen=True, slots=True)
class Wrap:
    """Validation that goes through `wrap(value, validate, info)`, which may return an
    object it validated before instead: how identical citations become one object.

    `wrap` must be a module-level function: the built validators refer to it by name.
    """

    wrap: Callable[[Any, Any, Any], Any]

    def __repr__(self) -> str:  # by name: the validators are kept under a fingerprint of it
        return f"Wrap({_name(self.wrap)})"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        return core_schema.with_info_wrap_validator_function(self.wrap, handler(source))


def _name(function: Callable[..., Any]) -> str:
    return f"{function.__module__}.{function.__qualname__}"
