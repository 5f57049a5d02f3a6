"""The command vocabulary: platform-neutral commands in, replies out."""

from .commands import COMMANDS, CommandSpec, answer, dispatch, parse
from .context import Context
from .reply import Action, Command, Image, Line, Reply, Section, SourceRef, to_text

__all__ = [
    "Action",
    "Image",
    "COMMANDS",
    "Command",
    "CommandSpec",
    "Context",
    "Line",
    "Reply",
    "Section",
    "SourceRef",
    "answer",
    "dispatch",
    "parse",
    "to_text",
]
