"""Buttons under replies (:class:`~handlers.reply.Action`): each stands for a
command, so every platform runs it as if the user had typed it — paging
through long lists, a chip's card from ``/chips``, quick times and
"구독 취소" on ``/subscription``."""

from __future__ import annotations

from .messages import message
from .reply import Action

MAX_CHIP_BUTTONS = 12  # a keyboard of every chip would drown the answer
QUICK_TIMES = ("07:00", "08:00", "12:00", "18:00")


def page_actions(command: str, page: int, last: int, language: str) -> tuple[Action, ...]:
    """Previous/next page of a paged list (``/sources``, ``/stories``)."""
    actions = []
    if 1 < page <= last:
        actions.append(Action(message(language, "action.prev"), f"{command} {page - 1}쪽"))
    if page < last:
        actions.append(Action(message(language, "action.next"), f"{command} {page + 1}쪽"))
    return tuple(actions)


def story_actions(count: int, language: str) -> tuple[Action, ...]:
    """A "전체 보도" button for each listed story: ``/story N``, every outlet."""
    return tuple(
        Action(message(language, "action.coverage", number=n), f"/story {n}")
        for n in range(1, min(count, MAX_CHIP_BUTTONS) + 1)
    )


def chip_actions(names: list[str]) -> tuple[Action, ...]:
    """One button per chip (the first few), opening its card."""
    return tuple(Action(name, f"/chips {name}") for name in names[:MAX_CHIP_BUTTONS])


def subscription_actions(subscribed: bool, language: str) -> tuple[Action, ...]:
    """Quick delivery times, and "구독 취소" when subscribed."""
    times = tuple(
        Action(message(language, "action.at", time=t), f"/subscribe {t}") for t in QUICK_TIMES
    )
    if not subscribed:
        return times
    return (*times, Action(message(language, "action.unsubscribe"), "/unsubscribe"))


def page_notice(language: str, page: int, shown: int, more: bool) -> tuple[str, ...]:
    """What a page of ``/sources`` is: "the latest N" only on the first page."""
    if not more:  # the last page needs no pointer onwards
        return ()
    key = "sources.more" if page == 1 else "sources.more_page"
    return (message(language, key, page=page, shown=shown, next_page=page + 1),)
