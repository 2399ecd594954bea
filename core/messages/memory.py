"""What a run says about the device's memory: images that do not fit, an evaluation batch halved."""

from __future__ import annotations

from core.messages.base import Message, said


@said("Evaluation ran out of memory with {before} images at a time; it goes on with {after}.", before=512, after=256)
class EvaluationHalved(Message):
    before: int
    after: int


@said(
    "The images take {needed} on {device}, but only {free} of its {total} is free (training needs room beside them).",
    needed="9.1 GB",
    device="cuda:0",
    free="4.0 GB",
    total="80.0 GB",
)
class ImagesDoNotFit(Message):
    needed: str  # sizes as "1.2 GB" or "300 MB"
    device: str
    free: str
    total: str


@said(
    "Use a smaller image size or fewer training images (training subset), close other programs using the GPU, or "
    "train on the CPU."
)
class MakeRoomOnTheGpu(Message):
    pass
