"""What a module's forward returned, as one tensor: hooks see tensors, tuples, lists and dicts."""

from __future__ import annotations

import torch


def first_tensor(obj) -> torch.Tensor | None:
    """The first tensor in ``obj`` (depth first), or None."""
    if isinstance(obj, torch.Tensor):
        return obj
    if isinstance(obj, dict):
        obj = list(obj.values())
    if isinstance(obj, (tuple, list)):
        for item in obj:
            found = first_tensor(item)
            if found is not None:
                return found
    return None
