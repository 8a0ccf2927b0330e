"""Field paths of the JSON form, such as
``non_derivative_transactions[1].transaction_price_per_share``: the names that
``extraction.uncertain_fields``, corrections and the web app's editable fields use.

Read and write a value at a path of ``doc.to_dict()``; one implementation for the ledger's
corrections and the web app's checks of them.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
# Maps whose keys are field names rather than fixed keys: a path may add a key there.
_OPEN_MAPS = ("footnote_ids", "evidence")


class PathError(ValueError):
    """A path that is malformed or names no field of the document."""


def split_path(path: str) -> list[str | int]:
    """``a[1].b`` -> ``["a", 1, "b"]``."""
    tokens: list[str | int] = []
    pos = 0
    for m in _TOKEN.finditer(path):
        gap = path[pos : m.start()]
        if gap not in ("", "."):
            raise PathError(f"bad field path {path!r}")
        tokens.append(m.group(1) if m.group(1) else int(m.group(2)))
        pos = m.end()
    if pos != len(path) or not tokens:
        raise PathError(f"bad field path {path!r}")
    return tokens


def get_path(data: Any, tokens: list[str | int], path: str) -> Any:
    cur = data
    for t in tokens:
        try:
            cur = cur[t]
        except (KeyError, IndexError, TypeError):
            raise PathError(f"no field {path!r} in this document") from None
    return cur


def set_path(data: Any, tokens: list[str | int], value: Any, path: str) -> None:
    """Replace the value at an existing field (or add a key to an open map)."""
    parent = get_path(data, tokens[:-1], path) if len(tokens) > 1 else data
    last = tokens[-1]
    open_map = len(tokens) > 1 and tokens[-2] in _OPEN_MAPS
    if isinstance(last, int):
        ok = isinstance(parent, list) and -len(parent) <= last < len(parent)
    else:
        ok = isinstance(parent, dict) and (last in parent or open_map)
    if not ok:
        raise PathError(f"no field {path!r} in this document")
    parent[last] = value
