"""The tr() template of each message of core.messages.sweep_storage: a sweep's study storage that cannot serve."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import sweep_storage as said

TEMPLATES = {
    said.NotAStorageUrl: QT_TRANSLATE_NOOP(
        "Messages",
        "{url} is not a storage URL: give sqlite:///FILE, postgresql+psycopg://USER:PW@HOST/DB, mysql+pymysql://"
        "USER:PW@HOST/DB or journal:FILE.",
    ),
    said.JournalIsAFolder: QT_TRANSLATE_NOOP(
        "Messages", "The journal {path} is a folder: give a file name, e.g. journal:{path}/study.log."
    ),
    said.JournalFolderMissing: QT_TRANSLATE_NOOP(
        "Messages", "The folder of the journal {path} does not exist: create it, or give another path."
    ),
    said.NotAJournal: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not an Optuna journal ({error}): give a new file name, or the journal the study was started with.",
    ),
    said.DriverMissing: QT_TRANSLATE_NOOP(
        "Messages", "The database driver for {url} is not installed: run with it (uv run --with {package} main.py ...)."
    ),
    said.StorageLocked: QT_TRANSLATE_NOOP(
        "Messages",
        "The study database {url} is locked by another program: close that program (a database browser?) or wait "
        "until it is done, then start again.",
    ),
    said.NotAStudyDatabase: QT_TRANSLATE_NOOP(
        "Messages",
        "{url} is not a study database (the file is damaged or of another kind): move it away, or give another "
        "--storage.",
    ),
    said.StorageUnusable: QT_TRANSLATE_NOOP(
        "Messages",
        "The study storage {url} cannot be used ({error}): check that the database server is running and reachable, "
        "the user and password, and the database name.",
    ),
    said.StudyVariesOtherwise: QT_TRANSLATE_NOOP(
        "Messages",
        "Study {study} already varies {name} as {theirs}, not {ours}: vary it the same way as the study's other "
        "sweeps (--vary), or give a new study name.",
    ),
}
