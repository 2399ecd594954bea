"""The tr() template of each message of core.messages.memory."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import memory as said

TEMPLATES = {
    said.EvaluationHalved: QT_TRANSLATE_NOOP(
        "Messages", "Evaluation ran out of memory with {before} images at a time; it goes on with {after}."
    ),
    said.ImagesDoNotFit: QT_TRANSLATE_NOOP(
        "Messages",
        "The images take {needed} on {device}, but only {free} of its {total} is free (training needs room beside "
        "them).",
    ),
    said.MakeRoomOnTheGpu: QT_TRANSLATE_NOOP(
        "Messages",
        "Use a smaller image size or fewer training images (training subset), close other programs using the GPU, "
        "or train on the CPU.",
    ),
}
