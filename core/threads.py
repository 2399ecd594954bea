"""Small models on one CPU thread: on a busy 2-core machine two OpenMP threads can be 100x slower."""

from __future__ import annotations

from typing import Callable, TypeVar

import torch

T = TypeVar("T")


def one_thread(fn: Callable[[], T]) -> T:
    """Run ``fn`` with one torch thread (per calling thread with OpenMP, so others keep theirs)."""
    threads = torch.get_num_threads()
    if threads == 1:
        return fn()
    torch.set_num_threads(1)
    try:
        return fn()
    finally:
        torch.set_num_threads(threads)
