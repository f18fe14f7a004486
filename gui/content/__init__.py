"""The content layer: schema, loading and look-ups. Imports no Qt."""

from .content import Content
from .loader import BundleError, Problem, check_bundle, load_bundle
from .refs import SECTIONS, Target, parse_ref

__all__ = [
    "SECTIONS",
    "BundleError",
    "Content",
    "Problem",
    "Target",
    "check_bundle",
    "load_bundle",
    "parse_ref",
]
