"""How a run's settings carry your own network: the text of its network file in ``TrainConfig.network``.

The network "custom" is built from that text, so a run folder, its model card and a resumed run need nothing
else; the command line reads a file into it (``--network FILE``), checked first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.messages import Message, NeedsANetworkFile, as_message


def network_problems(cfg, found: dict[str, Message]) -> dict[str, Message]:
    """Your own network: it needs a network file, and the file must fit the dataset's images and classes."""
    from core import archs, data
    from core.archs import network_file, network_shapes

    if found.keys() & {"arch", "network"} or not archs.get_arch(cfg.arch).from_file:
        return {}
    if not cfg.network:
        return {"arch": NeedsANetworkFile()}
    try:
        net = network_file.NetworkFile.from_json(cfg.network)
    except network_file.NetworkError as exc:
        return {"network": as_message(exc)}
    if found.keys() & {"dataset", "image_size"} or cfg.dataset == "folder":  # a folder's shape is known once loaded
        return {}
    spec = data.get_spec(cfg.dataset)
    misfit = network_shapes.problem(net, spec.channels, cfg.image_size or spec.image_size, len(spec.class_names))
    return {"network": as_message(misfit)} if misfit else {}


def read_network_arg(path: str) -> str:
    """``--network FILE``: the file's network as the text a run carries; a bad file is refused in words."""
    from core.archs.network_file import NetworkError, NetworkFile

    try:
        return NetworkFile.read(Path(path)).canonical()
    except NetworkError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def network_name(text: str) -> str:
    """The name a network file gives its network ("" when it gives none or cannot be read)."""
    from core.archs.network_file import NetworkError, NetworkFile

    try:
        return NetworkFile.from_json(text).name
    except NetworkError:
        return ""
