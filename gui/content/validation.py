"""The bundle files' validators: built by pydantic from the schema, kept between runs.

Building them means importing pydantic and walking the schema: a tenth of a second and
20 MiB before the window's first paint, a third of the start-up. What pydantic builds is a
pydantic-core `SchemaValidator`, a compiled form of the schema that can be pickled: it
names the schema's classes and check functions, and holds nothing else of Python's. So the
first start builds the validators and keeps them in the app's cache folder; every later
start loads them in a few milliseconds, without pydantic, and still validates every file
in full.

The kept validators are filed under the schema's shape (its classes, fields, constraint
markers and what they do, config, the pydantic-core and Python versions), so a changed
schema or library builds them anew. They come only from the app's own code, never from a
bundle: a bundle, however hostile, cannot change what is kept. The file is a pickle, which
can name code to run; it lives in the user's own cache folder, readable and writable by
them only, where whoever could change it could already run code as that user.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, fields, is_dataclass
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, Protocol, TypeVar, cast, get_origin

from pydantic_core import SchemaValidator
from pydantic_core import __version__ as _core_version

from . import constraints, schema
from .schema import BUNDLE_FILES, Record

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_FORMAT = 1  # of what is kept: {"shape": shape(), "validators": {file name: SchemaValidator}}


class Validator(Protocol):
    def validate_json(self, data: bytes, /) -> Any: ...

    def validate_python(self, data: Any, /) -> Any: ...


_cache_folder: Path | None = None


def use_cache_folder(folder: Path | None) -> None:
    """Keep the built validators in `folder` (the app's cache folder), or nowhere."""
    global _cache_folder
    _cache_folder = folder


class KeptValidators:
    """The validators of some root classes (a name each), built by pydantic once and kept.

    `modules` hold the classes and the annotation aliases they use: the shape is read from
    them. The bundle's files are one set (`BUNDLE`); the kiosk's settings another.
    """

    def __init__(
        self,
        kind: str,
        roots: Callable[[], Mapping[str, type]],
        modules: Callable[[], Sequence[ModuleType]],
    ) -> None:
        self.kind = kind
        self._roots = roots
        self._modules = modules
        self._validators: dict[str, Validator] | None = None

    def validator(self, name: str) -> Validator:
        """The validator of the root `name`, built or loaded once a run."""
        if self._validators is None:
            now = self.shape()
            self._validators = self._load(now) or self._build_and_keep(now)
        return self._validators[name]

    def shape(self) -> str:
        """Changes whenever the validators pydantic would build could change."""
        lines: list[str] = [f"format {_FORMAT}", f"pydantic-core {_core_version}", sys.version]
        # What each marker does to the schema: its code, so that changing it builds anew.
        for marker in constraints.MARKERS:
            code = cast(Any, marker).__get_pydantic_core_schema__.__code__
            lines.append(f"{marker.__name__} {code.co_code.hex()} {code.co_consts!r}")
        for module in self._modules():
            for name, value in sorted(vars(module).items()):
                if is_dataclass(value) and isinstance(value, type):
                    config = getattr(value, "__pydantic_config__", None)
                    lines.append(f"class {name} {config!r} {value.__mro__[1].__name__}")
                    lines += [
                        f"  {f.name}: {f.type} = {_default(f.default)} {dict(f.metadata)!r}"
                        for f in fields(cast(Any, value))
                    ]
                elif get_origin(value) is Annotated:
                    lines.append(f"{name} = {value!r}")
        return "\n".join(lines)

    def kept_file(self, shape: str) -> Path | None:
        """Where validators for `shape` are kept: named by a checksum of it, and holding
        the whole of it to be compared."""
        if _cache_folder is None:
            return None
        return _cache_folder / f"{self.kind}-{zlib.crc32(shape.encode()):08x}.pickle"

    def build(self) -> dict[str, Validator]:
        """Every root's validator, built by pydantic."""
        from pydantic import TypeAdapter

        return {name: TypeAdapter(cls).validator for name, cls in self._roots().items()}

    def _load(self, now: str) -> dict[str, Validator] | None:
        path = self.kept_file(now)
        if path is None:
            return None
        try:
            kept = pickle.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except Exception as exc:
            log.info("validators kept in %s are unusable (%s); building them anew", path, exc)
            return None
        validators = kept.get("validators") if isinstance(kept, dict) else None
        if (
            not isinstance(kept, dict)
            or kept.get("shape") != now
            or not isinstance(validators, dict)
            or validators.keys() != self._roots().keys()
            or not all(type(v) is SchemaValidator for v in validators.values())
        ):
            log.info("validators kept in %s are for another schema; building them anew", path)
            return None
        return dict(validators)

    def _build_and_keep(self, now: str) -> dict[str, Validator]:
        built = self.build()
        path = self.kept_file(now)
        # A pydantic plugin wraps each validator in an object of its own: use those, keep
        # none.
        if path is not None and all(type(v) is SchemaValidator for v in built.values()):
            _keep({"shape": now, "validators": built}, path, f"{self.kind}-*.pickle")
        return built


BUNDLE = KeptValidators("validators", lambda: BUNDLE_FILES, lambda: (schema,))


def validator(file_name: str) -> Validator:
    """The validator of one bundle file ("partners.json"), built or loaded once a run."""
    return BUNDLE.validator(file_name)


def validate_python(cls: type[_T], data: Any, *, strict: bool = True) -> _T:
    """`data` (Python objects, not JSON) as a `cls`: for tools and tests that make
    records in code. `strict=False` takes lists for tuples."""
    from pydantic import TypeAdapter

    return TypeAdapter(cls).validate_python(data, strict=strict)


def json_schema(cls: type[Record]) -> dict[str, Any]:
    """The JSON Schema of a record, as pydantic writes it."""
    from pydantic import TypeAdapter

    return TypeAdapter(cls).json_schema(by_alias=True, mode="validation")


def _default(value: object) -> str:
    return "(required)" if value is MISSING else repr(value)


def _keep(kept: dict[str, Any], path: Path, others: str) -> None:
    """Write `kept` to `path` whole or not at all, readable by this user only, and drop
    the files matching `others` (kept for other versions of the schema)."""
    import tempfile  # only here: most starts only read

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(kept, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in path.parent.glob(others):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError) as exc:
        # A read-only kiosk account: validate as usual, build the validators every start.
        log.info("cannot keep the validators in %s (%s)", path, exc)
