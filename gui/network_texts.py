"""The words of core's layer kinds (core.archs.layer_kinds) for the window: each kind's title and help and each
option's help, listed among core's static texts (gui.core_texts). What core *says* about a network file is typed
messages (core.messages.network_file, network_shapes), said by gui.messages."""

from __future__ import annotations


def layer_texts() -> list[str]:
    """Every layer kind's title and help, and each option's help (core.archs.layer_kinds)."""
    from core.archs.layer_kinds import LAYER_KINDS

    return [w for kind in LAYER_KINDS for w in (kind.title, kind.help, *(f.help for f in kind.fields))]
