"""A sweep's Optuna storage: the default URL built safely, heartbeats so a killed trial becomes FAIL, and every
way a storage can fail said in one sentence (``StorageError``) with what to do.

- The default is ``sweeps.db`` in the runs folder, its URL made by SQLAlchemy (``URL.create``), so a folder
  named ``a?b#c`` stays that folder instead of becoming a query string that moves the database elsewhere.
- Database storages get Optuna's heartbeat: a trial whose process was killed stops beating and, after
  ``GRACE_S``, the next process to ask for a trial marks it FAIL and queues a retry of its settings.
- SQLite waits at most ``LOCK_WAIT_S`` for a database another program holds; core.sweep retries a few times.
"""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

from core.folders import check_runs_folder
from core.messages import MessageError
from core.messages import sweep_storage as said
from core.printable import printable

JOURNAL_PREFIX = "journal:"  # --storage journal:/shared/disk/study.log -> Optuna's JournalStorage on that file
HEARTBEAT_S = 10  # a running trial writes a heartbeat this often
GRACE_S = 60  # a trial silent for this long is taken as killed: FAIL, and retried once
LOCK_WAIT_S = 2.0  # SQLite: how long one attempt waits for a lock another program holds
# driver module -> the package to install (postgresql:// means psycopg 3 in SQLAlchemy 2.1, mysql:// MySQLdb)
DRIVERS = {
    "psycopg": "'psycopg[binary]'",
    "psycopg2": "psycopg2-binary",
    "MySQLdb": "mysqlclient",
    "pymysql": "pymysql",
}


class StorageError(MessageError, ValueError):
    """A storage that cannot be used; ``msg``: one sentence with what to do."""


def default_url(runs_root: Path) -> str:
    """``sqlite:///RUNS/sweeps.db`` for any folder name (escaped by SQLAlchemy, not pasted into the URL)."""
    from sqlalchemy.engine import URL

    root = check_runs_folder(runs_root)
    return URL.create("sqlite", database=str(root.resolve() / "sweeps.db")).render_as_string(hide_password=False)


def open_storage(url: str):
    """The Optuna storage for ``url``; raises StorageError."""
    if url.startswith(JOURNAL_PREFIX):
        return _journal(Path(url[len(JOURNAL_PREFIX) :]).expanduser())
    import optuna
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise StorageError(said.NotAStorageUrl(printable(url, 120))) from None
    engine = {"connect_args": {"timeout": LOCK_WAIT_S}} if parsed.get_backend_name() == "sqlite" else {}
    try:
        with warnings.catch_warnings():  # "heartbeat_interval is experimental": said once per process, to nobody
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            return optuna.storages.RDBStorage(
                url,
                engine_kwargs=engine,
                heartbeat_interval=HEARTBEAT_S,
                grace_period=GRACE_S,
                heartbeat_stale_trial_callback=optuna.storages.RetryHeartbeatStaleTrialCallback(max_retry=1),
            )
    except Exception as exc:  # SQLAlchemy's and the drivers' many kinds: the user needs the sentence
        raise explain(exc, url) from exc


def _journal(path: Path):
    from optuna.storages.journal import JournalFileBackend, JournalStorage

    shown = printable(path, 300)
    if path.is_dir():
        raise StorageError(said.JournalIsAFolder(shown))
    if not path.parent.is_dir():
        raise StorageError(said.JournalFolderMissing(shown))
    try:
        return JournalStorage(JournalFileBackend(str(path)))
    except Exception as exc:  # a file that is no journal: JSON or UTF-8 errors from Optuna's replay
        raise StorageError(said.NotAJournal(shown, exc.__class__.__name__)) from exc


def worth_retrying(exc: BaseException) -> bool:
    """A database another process is creating or holds locked right now: a second later it may serve."""
    from sqlalchemy.exc import IntegrityError, SQLAlchemyError

    cause = exc if isinstance(exc, SQLAlchemyError) else exc.__cause__
    text = str(cause).lower()
    return isinstance(cause, IntegrityError) or (
        isinstance(cause, SQLAlchemyError) and ("locked" in text or "already exists" in text)
    )


def explain(exc: BaseException, url: str) -> StorageError:
    """One sentence for a storage failure: a locked, damaged or unreachable database, or a missing driver."""
    from core.sweep_trial import redact

    shown, text = printable(redact(url), 160), str(exc).lower()
    if isinstance(exc, StorageError):
        return exc
    if url.startswith(JOURNAL_PREFIX):
        return StorageError(said.NotAJournal(shown, exc.__class__.__name__))
    missing = [e for e in (exc.__cause__, exc) if isinstance(e, ImportError)]
    if missing or "can't load plugin" in text:
        module = next((e.name for e in missing if e.name), "")
        package = DRIVERS.get(module.split(".")[0], "the driver the URL names")
        return StorageError(said.DriverMissing(shown, package))
    if "locked" in text:
        return StorageError(said.StorageLocked(shown))
    if "not a database" in text or "malformed" in text or isinstance(exc.__cause__, sqlite3.DatabaseError):
        return StorageError(said.NotAStudyDatabase(shown))
    detail = getattr(exc, "orig", None) or exc  # the driver's own words, without SQLAlchemy's wrapping
    first = str(detail).splitlines()[0] if str(detail) else detail.__class__.__name__
    return StorageError(said.StorageUnusable(shown, printable(first, 160)))
