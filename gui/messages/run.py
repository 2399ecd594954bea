"""The tr() template of each message of core.messages.run: a run's progress, why it ended early, what to do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import run as said

TEMPLATES = {
    said.Loading: QT_TRANSLATE_NOOP("Messages", "Loading {data} ..."),
    said.Resumed: QT_TRANSLATE_NOOP("Messages", "Resumed {run} after epoch {epoch} of {epochs}; {epochs_left} to go."),
    said.ResumedAtTheEnd: QT_TRANSLATE_NOOP(
        "Messages",
        "Resumed {run} after epoch {epoch} of {epochs}; nothing left to train: give a larger number of "
        "epochs to go on.",
    ),
    said.TheRun: QT_TRANSLATE_NOOP("Messages", "the run"),
    said.NewRunFolder: QT_TRANSLATE_NOOP("Messages", "a new run folder"),
    said.EpochFiles: QT_TRANSLATE_NOOP("Messages", "epoch {epoch}"),
    said.BatchLogOf: QT_TRANSLATE_NOOP("Messages", "the batch log of epoch {epoch}"),
    said.TimelineSnapshotOf: QT_TRANSLATE_NOOP("Messages", "the timeline snapshot of epoch {epoch}"),
    said.Reseeded: QT_TRANSLATE_NOOP(
        "Messages",
        "The random state was saved on {saved_on} and cannot continue on {here}: it is seeded afresh, so the batch "
        "order and augmentation differ from an uninterrupted run.",
    ),
    said.LossExplodedFirst: QT_TRANSLATE_NOOP(
        "Messages",
        "The loss exploded after {batches} batches, before it fell: the network cannot learn with these settings "
        "(check the optimizer and the network), or start the test lower.",
    ),
    said.DiskFull: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    said.QuotaUsedUp: QT_TRANSLATE_NOOP("Messages", "the disk quota is used up"),
    said.FileTooLargeForSystem: QT_TRANSLATE_NOOP("Messages", "the file would be larger than this system allows"),
    said.ReadOnlyDisk: QT_TRANSLATE_NOOP("Messages", "the folder is on a read-only disk"),
    said.WriteDenied: QT_TRANSLATE_NOOP("Messages", "permission to write there is denied"),
    said.PathPartIsFile: QT_TRANSLATE_NOOP("Messages", "part of the path is a file, not a folder"),
    said.EpochsKept: QT_TRANSLATE_NOOP(
        "Messages",
        "Epochs 1-{epoch} are saved in {folder}; after fixing it, continue with --resume {folder} (or "
        "Resume in the window).",
    ),
    said.NothingKept: QT_TRANSLATE_NOOP("Messages", "No epoch was saved."),
    said.CouldNotSave: QT_TRANSLATE_NOOP("Messages", "Could not save {what} in {folder}: {reason}."),
    said.FreeSomeSpace: QT_TRANSLATE_NOOP(
        "Messages", "Free some space or choose another runs folder (--runs-dir, or the runs folder setting). {kept}"
    ),
    said.CheckTheDataFolder: QT_TRANSLATE_NOOP(
        "Messages", "Check the data folder in the settings, or use the built-in 'shapes' set."
    ),
    said.StartANewRun: QT_TRANSLATE_NOOP("Messages", "Start a new run, or choose another run folder or weights file."),
    said.ChangeTheSettingsNamed: QT_TRANSLATE_NOOP("Messages", "Change the settings named above and start again."),
    said.ChangeTheSettings: QT_TRANSLATE_NOOP("Messages", "Change the settings and start again."),
    said.OutOfMemoryTraining: QT_TRANSLATE_NOOP(
        "Messages", "The device ran out of memory while training, with batch size {batch_size}."
    ),
    said.OutOfMemoryEvaluating: QT_TRANSLATE_NOOP(
        "Messages", "The device ran out of memory while evaluating the network, with batch size {batch_size}."
    ),
    said.OutOfMemoryLoading: QT_TRANSLATE_NOOP(
        "Messages", "The device ran out of memory while the images were put on it."
    ),
    said.UseFewerImages: QT_TRANSLATE_NOOP(
        "Messages", "Use a smaller image size or fewer training images (training subset), or train on the CPU."
    ),
    said.WaitForTheOtherProcess: QT_TRANSLATE_NOOP(
        "Messages", "Wait for it to end (or stop it there), then resume the run."
    ),
    said.SetTheRunsFolder: QT_TRANSLATE_NOOP(
        "Messages", "Set the runs folder (--runs-dir, or the setting), then start again."
    ),
    said.SetTheDataFolder: QT_TRANSLATE_NOOP(
        "Messages", "Set the data folder (--data-dir, or the setting), then start again."
    ),
    said.UseLessMemory: QT_TRANSLATE_NOOP(
        "Messages", "Lower the batch size, pick a smaller network or image size, or train on the CPU."
    ),
    said.UnexpectedError: QT_TRANSLATE_NOOP("Messages", "Training stopped on an unexpected error: {error}"),
    said.ItIsABug: QT_TRANSLATE_NOOP(
        "Messages", "This is a bug in CNN Playground; the details are in the log. Try other settings meanwhile."
    ),
    said.PickAnotherNetworkOrSize: QT_TRANSLATE_NOOP(
        "Messages", "Pick another network, or another image size for the folder."
    ),
    said.Diverged: QT_TRANSLATE_NOOP(
        "Messages", "The loss became {loss} at epoch {epoch}, batch {batch}: the network diverged."
    ),
    said.LearningRateTooHigh: QT_TRANSLATE_NOOP(
        "Messages",
        "The learning rate ({lr:g}) is probably too high: try it 10 times smaller (0.001 suits Adam, "
        "0.01-0.1 suits SGD), or turn on gradient clipping.",
    ),
    said.StoppedByYou: QT_TRANSLATE_NOOP("Messages", "Stopped by you at epoch {epoch}, batch {batch}."),
    said.YouCanResume: QT_TRANSLATE_NOOP("Messages", "Finished epochs are saved in the run folder; you can resume it."),
    said.ProcessEnded: QT_TRANSLATE_NOOP("Messages", "The process training it ended."),
}
