"""Weights files: written atomically, read with ``weights_only=True`` so a file can never run code."""

from __future__ import annotations

import io
import os
import pickle
import re
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
from torch import nn

from core.messages import MessageError
from core import messages as said

FORMAT = "cnn-playground/1"
# ".last.pt.<pid>.<random>.tmp": the writer's pid tells a live write from one a killed process left behind
_TMP = re.compile(r"^\..+\.(\d+)\.[^.]+\.tmp$")
STALE_TMP_S = 3600  # a temp file without a readable pid counts as left behind after an hour


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


NEW_FILE_MODE = 0o666 & ~_umask()  # what open() gives a new file; mkstemp's 0600 would hide exports from others


def share_like_a_new_file(path: Path) -> None:
    """Give a temp file from ``mkstemp`` (0600) the mode a new file gets, before it is renamed into place."""
    if os.name != "nt":
        os.chmod(path, NEW_FILE_MODE)


class CheckpointError(MessageError):
    """A weights file that cannot be used; ``msg`` says why and what to do."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file beside ``path`` then rename: readers see the old or the new file, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        share_like_a_new_file(Path(tmp))
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None:  # a full disk fails in write(): name the file
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl-C there; age decides instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def clean_stale_tmp(folder: Path) -> list[Path]:
    """Delete temp files that a killed writer left in ``folder`` (never one a live process is writing)."""
    removed = []
    try:
        candidates = [p for p in Path(folder).iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]
    except OSError:
        return removed
    for p in candidates:
        match = _TMP.match(p.name)
        try:
            dead = (
                not _alive(int(match.group(1)))
                if match and os.name != "nt"
                else time.time() - p.stat().st_mtime > STALE_TMP_S
            )
            if dead:
                p.unlink()
                removed.append(p)
        except (OSError, ValueError):
            continue  # read-only folder, or someone else removed it first
    return removed


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def save(path: Path, payload: dict[str, Any]) -> None:
    buffer = io.BytesIO()
    torch.save({"format": FORMAT, **payload}, buffer)
    atomic_write_bytes(path, buffer.getvalue())


def load(path: Path) -> dict[str, Any]:
    """Any torch file as a dict, refusing pickles that would import or call code."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(said.NoWeightsFile(str(path)))
    try:
        obj = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        raise CheckpointError(said.NotPlainWeights(path.name)) from exc
    except (RuntimeError, EOFError, OSError, ValueError) as exc:
        raise CheckpointError(said.UnreadableWeights(path.name, exc.__class__.__name__)) from exc
    if isinstance(obj, dict) and obj.get("format") == FORMAT:
        return obj
    if isinstance(obj, dict) and obj and all(isinstance(v, torch.Tensor) for v in obj.values()):
        return {"format": "state_dict", "model": obj, "meta": {}}
    raise CheckpointError(said.NoWeightsUnderstood(path.name))


def apply_weights(model: nn.Module, weights: dict[str, torch.Tensor], arch: str) -> None:
    """Load weights into ``model``, explaining a mismatch in plain words instead of a long traceback."""
    own = model.state_dict()
    missing = [k for k in own if k not in weights]
    unexpected = [k for k in weights if k not in own]
    wrong = [k for k in own if k in weights and tuple(weights[k].shape) != tuple(own[k].shape)]
    if missing or unexpected or wrong:
        detail = ""
        if wrong:
            k = wrong[0]
            detail = f" (layer {k}: file {tuple(weights[k].shape)}, network {tuple(own[k].shape)})"
        elif missing:
            detail = f" (the file lacks {missing[0]})"
        raise CheckpointError(said.WeightsOfAnotherNetwork(repr(arch), detail))
    model.load_state_dict(weights)
