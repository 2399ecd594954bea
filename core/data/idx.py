"""The IDX format of MNIST and its cousins, read straight into tensors.

torchvision reads these files too, but importing it takes 5-8 s here (longer once Qt's import hook is in
place), and a first run pressed right after launch must not wait for that: this reader needs only numpy.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from core.messages import MessageError
from core import messages as said

UBYTE = 0x08  # the only element type the MNIST family uses


class IdxError(MessageError, ValueError):
    """Not an IDX file of unsigned bytes, or its size disagrees with its header."""


def read_idx(path: Path) -> torch.Tensor:
    """A uint8 tensor shaped as the file's header says ([N] labels, [N, H, W] images)."""
    raw = Path(path).read_bytes()
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != UBYTE or not 1 <= raw[3] <= 4:
        raise IdxError(said.NotIdx())
    ndim, start = raw[3], 4 + 4 * raw[3]
    if len(raw) < start:
        raise IdxError(said.WrongLength())
    shape = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    if len(raw) - start != int(np.prod(shape, dtype=np.int64)):
        raise IdxError(said.WrongLength())
    return torch.from_numpy(np.frombuffer(raw, np.uint8, offset=start).reshape(shape).copy())
