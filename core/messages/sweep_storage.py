"""What opening a sweep's study storage says (core.sweep_storage): a URL, a journal or a database that cannot serve."""

from __future__ import annotations

from core.messages.base import Message, said


@said(
    "{url} is not a storage URL: give sqlite:///FILE, postgresql+psycopg://USER:PW@HOST/DB, mysql+pymysql://USER:PW@"
    "HOST/DB or journal:FILE.",
    url="sqlite:/x",
)
class NotAStorageUrl(Message):
    url: str


@said("The journal {path} is a folder: give a file name, e.g. journal:{path}/study.log.", path="/home/me")
class JournalIsAFolder(Message):
    path: str


@said("The folder of the journal {path} does not exist: create it, or give another path.", path="/x/study.log")
class JournalFolderMissing(Message):
    path: str


@said(
    "{path} is not an Optuna journal ({error}): give a new file name, or the journal the study was started with.",
    path="/x/study.log",
    error="JSONDecodeError",
)
class NotAJournal(Message):
    path: str
    error: str  # the exception's type name


@said(
    "The database driver for {url} is not installed: run with it (uv run --with {package} main.py ...).",
    url="postgresql+psycopg://me@db/sweeps",
    package="psycopg[binary]",
)
class DriverMissing(Message):
    url: str
    package: str


@said(
    "The study database {url} is locked by another program: close that program (a database browser?) or wait "
    "until it is done, then start again.",
    url="sqlite:///sweeps.db",
)
class StorageLocked(Message):
    url: str


@said(
    "{url} is not a study database (the file is damaged or of another kind): move it away, or give another --storage.",
    url="sqlite:///notes.txt",
)
class NotAStudyDatabase(Message):
    url: str


@said(
    "The study storage {url} cannot be used ({error}): check that the database server is running and reachable, "
    "the user and password, and the database name.",
    url="postgresql+psycopg://me@db/sweeps",
    error="connection refused",
)
class StorageUnusable(Message):
    url: str
    error: str  # the driver's own words


@said(
    "Study {study} already varies {name} as {theirs}, not {ours}: vary it the same way as the study's other "
    "sweeps (--vary), or give a new study name.",
    literal=("study", "name", "theirs", "ours"),
    study="'lr-search'",
    name="optimizer",
    theirs="sgd,adam",
    ours="adam,rmsprop",
)
class StudyVariesOtherwise(Message):
    study: str  # as code writes it
    name: str  # the setting's key
    theirs: str  # the study's range, as --vary writes it
    ours: str
