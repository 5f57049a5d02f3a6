"""What several command modules share: replies remembered while the store is
unchanged, and the source references a reply links."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .context import Context
from .reply import Reply, SourceRef


def remembered(context: Context, key: tuple[object, ...], make: Callable[[], Reply]) -> Reply:
    """``make()``, built once while the store is unchanged: the same question
    on the same store gets the same answer (kept with its context, whose
    settings shape the reply)."""
    kept = context.corpus.memoised((*key, id(context)), lambda: (context, make()))
    return kept[1] if kept[0] is context else make()


def refs(context: Context, ids: Iterable[int]) -> tuple[SourceRef, ...]:
    """The stored ones of these articles, linked (one query, not one per source)."""
    found = context.corpus.sources_of(ids)
    return tuple(SourceRef(s.id, s.title, s.url) for s in found)
