"""The validators of the schema's classes: built by pydantic in this process, once each.

Nothing is kept between runs: a validator is built from the app's own code every start (a
few tens of milliseconds for the whole bundle schema) and never read from a cache, config
or data folder, so no file anyone can write is ever turned into code. (An earlier version
pickled the validators into the cache folder; any `validators-*.pickle` left there is
never read.)

The six bundle files' validators are built as this module is imported: every start needs
them, and the app imports its content layer before Qt (gui/__main__.py). Built later, they
would have pydantic import some fifty modules of its own (and `importlib.metadata`) after
PySide6, whose import hook reads the source of every module imported after it, looking
for `from __feature__ import`, and keeps it in `linecache`: 3.5 MiB and about 10 ms of
the start for nothing (tests/test_startup.py checks the order).
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any, TypeVar

from pydantic import TypeAdapter

# pydantic loads every "pydantic" plugin that any installed distribution registers, into
# this process, and lets it observe each validation (observability plugins send what they
# see to a server). Offline by construction: none is loaded. Read when the first validator
# is built; it also spares the start a scan of every installed distribution's metadata.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"

from .schema import BUNDLE_FILES, FileModel

_T = TypeVar("_T")


@cache
def adapter(cls: type[_T]) -> TypeAdapter[_T]:
    """pydantic's validator (and JSON Schema writer) for `cls`, built on first use."""
    return TypeAdapter(cls)


def validator(file_name: str) -> TypeAdapter[FileModel]:
    """The validator of one bundle file ("partners.json")."""
    return adapter(BUNDLE_FILES[file_name])


for _file_model in BUNDLE_FILES.values():  # now, before Qt is imported (see above)
    adapter(_file_model)


def validate_python(cls: type[_T], data: Any, *, strict: bool = True) -> _T:
    """`data` (Python objects, not JSON) as a `cls`: for tools and tests that make
    records in code. `strict=False` takes lists for tuples."""
    return adapter(cls).validate_python(data, strict=strict)


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """The JSON Schema of a schema class, as pydantic writes it."""
    return adapter(cls).json_schema(by_alias=True, mode="validation")
