"""What the runs and data folders (core.folders), a run folder's lock (core.run_lock) and its weights
(core.run_weights) say when they cannot serve."""

from __future__ import annotations

from core.messages.base import Message, said


@said("The runs folder {folder} is a file, not a folder: choose a folder for the runs.", folder="/home/me/runs")
class RunsFolderIsAFile(Message):
    folder: str


@said(
    "The runs folder {folder} does not exist and cannot be made ({error}): is its drive connected? Choose another "
    "runs folder.",
    folder="/media/usb/runs",
    error="Permission denied",
)
class RunsFolderCannotBeMade(Message):
    folder: str
    error: str  # the system's own words


@said(
    "The runs folder {folder} cannot be written to (permission denied): choose a folder you can write to.",
    folder="/srv/runs",
)
class RunsFolderNotWritable(Message):
    folder: str


@said(
    "The data folder {folder} is a file, not a folder: choose the folder that holds the datasets.",
    folder="/home/me/data",
)
class DataFolderIsAFile(Message):
    folder: str


@said("The data folder {folder} cannot be read: choose a folder you can read.", folder="/srv/data")
class DataFolderNotReadable(Message):
    folder: str


@said("pid {pid}", pid=123)
class HeldByPid(Message):
    pid: int


@said("pid {pid} on {host}", pid=123, host="lab-pc-4")
class HeldByPidOn(Message):
    pid: int
    host: str


@said("{run} is being trained by another process.", run="run-1")
class BeingTrained(Message):
    run: str


@said("{run} is being trained by another process ({holder}).", run="run-1", holder=HeldByPidOn(123, "lab-pc-4"))
class BeingTrainedBy(Message):
    run: str
    holder: Message


@said(
    "{run} cannot be locked for training ({error}): choose a run folder you can write to.",
    run="run-1",
    error="Read-only file system",
)
class CannotLock(Message):
    run: str
    error: str


@said(
    "{folder} holds no weights yet (no best.pt or last.pt): choose it after its first finished epoch, or choose "
    "another run.",
    folder="/runs/run-1",
)
class NoWeightsInRun(Message):
    folder: str


@said(
    "{folder} already holds {limit} run folders named {name}: choose another runs folder.",
    literal=("name",),
    folder="/home/me/runs",
    limit=100000,
    name="2026-12-07_10-00-00_lenet5_mnist",
)
class RunsFolderFull(Message):
    folder: str
    limit: int
    name: str  # the run folders' common name
