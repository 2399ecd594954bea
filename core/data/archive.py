"""Unpack a downloaded archive atomically: extract into a hidden temp folder, then move into place."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


from core import messages as said

from .errors import corrupt


def extract(archive: Path, to: Path, title: str) -> None:
    """Extract ``archive`` (.gz, .tar.gz, ...) into ``to`` and delete it; a half-extracted file never stays."""
    tmp = Path(tempfile.mkdtemp(dir=to, prefix=".extract-"))
    try:
        try:
            from torchvision.datasets.utils import extract_archive  # lazy: torchvision imports slowly

            extract_archive(str(archive), str(tmp))
        except Exception as err:  # gzip/tarfile/zlib raise assorted errors
            archive.unlink(missing_ok=True)
            raise corrupt(archive, said.CannotUnpack(str(err)), title) from err
        for item in tmp.iterdir():
            target = to / item.name
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            os.replace(item, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    archive.unlink(missing_ok=True)
