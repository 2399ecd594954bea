"""What a training run says: its progress before the first batch, why it ended early and what to do."""

from __future__ import annotations

from core.messages.base import Message, said


# -- progress before the first batch ---------------------------------------------------------------------------
@said("Loading {data} ...", data="MNIST")
class Loading(Message):
    data: str  # a dataset's title


@said(
    "Resumed {run} after epoch {epoch} of {epochs}; {epochs_left} to go.", run="run-1", epoch=2, epochs=5, epochs_left=3
)
class Resumed(Message):
    run: str
    epoch: int
    epochs: int
    epochs_left: int


@said(
    "Resumed {run} after epoch {epoch} of {epochs}; nothing left to train: give a larger number of epochs to go on.",
    run="run-1",
    epoch=5,
    epochs=5,
)
class ResumedAtTheEnd(Message):
    run: str
    epoch: int
    epochs: int


# -- why a run ended early, and what to do ---------------------------------------------------------------------
@said("the run")
class TheRun(Message):
    pass


@said("a new run folder")
class NewRunFolder(Message):
    pass


@said("epoch {epoch}", epoch=3)
class EpochFiles(Message):
    epoch: int


@said("the batch log of epoch {epoch}", epoch=3)
class BatchLogOf(Message):
    epoch: int


@said("the timeline snapshot of epoch {epoch}", epoch=3)
class TimelineSnapshotOf(Message):
    epoch: int


@said(
    "The random state was saved on {saved_on} and cannot continue on {here}: it is seeded afresh, so the batch "
    "order and augmentation differ from an uninterrupted run.",
    saved_on="CUDA",
    here="CPU",
)
class Reseeded(Message):
    saved_on: str  # a device type as PyTorch names it, in capitals
    here: str


@said(
    "The loss exploded after {batches} batches, before it fell: the network cannot learn with these settings (check "
    "the optimizer and the network), or start the test lower.",
    batches=12,
)
class LossExplodedFirst(Message):
    batches: int


@said("the disk is full")
class DiskFull(Message):
    pass


@said("the disk quota is used up")
class QuotaUsedUp(Message):
    pass


@said("the file would be larger than this system allows")
class FileTooLargeForSystem(Message):
    pass


@said("the folder is on a read-only disk")
class ReadOnlyDisk(Message):
    pass


@said("permission to write there is denied")
class WriteDenied(Message):
    pass


@said("part of the path is a file, not a folder")
class PathPartIsFile(Message):
    pass


@said(
    "Epochs 1-{epoch} are saved in {folder}; after fixing it, continue with --resume {folder} "
    "(or Resume in the window).",
    epoch=2,
    folder="/runs/run-1",
)
class EpochsKept(Message):
    epoch: int
    folder: str


@said("No epoch was saved.")
class NothingKept(Message):
    pass


@said("Could not save {what} in {folder}: {reason}.", what=EpochFiles(3), folder="/runs/run-1", reason=DiskFull())
class CouldNotSave(Message):
    what: Message  # WhatWasWritten
    folder: str
    reason: Message  # one of the disk problems below


@said(
    "Free some space or choose another runs folder (--runs-dir, or the runs folder setting). {kept}", kept=NothingKept()
)
class FreeSomeSpace(Message):
    kept: Message  # EpochsKept or NothingKept


@said("Check the data folder in the settings, or use the built-in 'shapes' set.")
class CheckTheDataFolder(Message):
    pass


@said("Start a new run, or choose another run folder or weights file.")
class StartANewRun(Message):
    pass


@said("Change the settings named above and start again.")
class ChangeTheSettingsNamed(Message):
    pass


@said("Change the settings and start again.")
class ChangeTheSettings(Message):
    pass


@said("The device ran out of memory while training, with batch size {batch_size}.", batch_size=256)
class OutOfMemoryTraining(Message):
    batch_size: int


@said("The device ran out of memory while evaluating the network, with batch size {batch_size}.", batch_size=256)
class OutOfMemoryEvaluating(Message):
    batch_size: int


@said("The device ran out of memory while the images were put on it.")
class OutOfMemoryLoading(Message):
    pass


@said("Use a smaller image size or fewer training images (training subset), or train on the CPU.")
class UseFewerImages(Message):
    pass


@said("Wait for it to end (or stop it there), then resume the run.")
class WaitForTheOtherProcess(Message):
    pass


@said("Set the runs folder (--runs-dir, or the setting), then start again.")
class SetTheRunsFolder(Message):
    pass


@said("Set the data folder (--data-dir, or the setting), then start again.")
class SetTheDataFolder(Message):
    pass


@said("Lower the batch size, pick a smaller network or image size, or train on the CPU.")
class UseLessMemory(Message):
    pass


@said("Training stopped on an unexpected error: {error}", error="KeyError: 'x'")
class UnexpectedError(Message):
    error: str  # the exception's type and text, as Python says them


@said("This is a bug in CNN Playground; the details are in the log. Try other settings meanwhile.")
class ItIsABug(Message):
    pass


@said("Pick another network, or another image size for the folder.")
class PickAnotherNetworkOrSize(Message):
    pass


@said(
    "The loss became {loss} at epoch {epoch}, batch {batch}: the network diverged.", loss=float("nan"), epoch=2, batch=7
)
class Diverged(Message):
    loss: float
    epoch: int
    batch: int


@said(
    "The learning rate ({lr:g}) is probably too high: try it 10 times smaller (0.001 suits Adam, 0.01-0.1 suits SGD), "
    "or turn on gradient clipping.",
    lr=0.5,
)
class LearningRateTooHigh(Message):
    lr: float


@said("Stopped by you at epoch {epoch}, batch {batch}.", epoch=2, batch=7)
class StoppedByYou(Message):
    epoch: int
    batch: int


@said("Finished epochs are saved in the run folder; you can resume it.")
class YouCanResume(Message):
    pass


@said("The process training it ended.")
class ProcessEnded(Message):
    pass
