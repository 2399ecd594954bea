"""Streaming download with byte progress, cancel, timeout and md5 check (urllib, no Qt)."""

from __future__ import annotations

import http.client
import os
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Sequence

from core.messages import Message, MessageError, as_message
from core import messages as said

from .errors import DatasetError, DatasetUnavailable, DownloadCancelled
from .spec import LoadRequest

TIMEOUT_S = 20.0  # connect and per-read timeout; tests shorten it
CHUNK = 64 * 1024
REPORT_EVERY_S = 0.05  # progress callbacks are throttled to ~20 per second (plus first and last)
USER_AGENT = "cnn-playground (torchvision datasets)"


class _BadDownload(MessageError):
    """The server answered but the file is wrong (short, or md5 mismatch)."""


def _reason(err: BaseException) -> Message:
    if isinstance(err, urllib.error.HTTPError):
        return said.ServerAnswered(err.code, str(err.reason))
    if isinstance(err, urllib.error.URLError):
        inner = err.reason
        if isinstance(inner, TimeoutError):
            return said.NoAnswerInTime()
        return said.CouldNotConnect(getattr(inner, "strerror", None) or str(inner))
    if isinstance(err, TimeoutError):
        return said.NoAnswerInTime()
    return as_message(err)


def _stream(url: str, dest: Path, md5: str | None, label: Message, req: LoadRequest) -> None:
    part = dest.with_name(dest.name + ".part")
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as resp, open(part, "wb") as out:
            total = int(resp.headers.get("Content-Length") or 0)
            done, last = 0, 0.0
            req.report(label, 0, total, "bytes")
            while True:
                req.check_cancel(said.TheDownload())
                chunk = resp.read(CHUNK)
                if not chunk:
                    break
                out.write(chunk)
                done += len(chunk)
                now = time.monotonic()
                if now - last >= REPORT_EVERY_S:
                    req.report(label, done, total, "bytes")
                    last = now
            req.report(label, done, total, "bytes")
        if total and done != total:
            raise _BadDownload(said.ConnectionClosed(done, total))
        from torchvision.datasets.utils import check_integrity  # lazy: torchvision imports slowly

        if md5 and not check_integrity(part, md5):
            raise _BadDownload(said.ChecksumMismatch())
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def fetch(urls: Sequence[str], dest: Path, md5: str | None, *, title: str, label: Message, req: LoadRequest) -> None:
    """Download the first of ``urls`` that works into ``dest``; partial files never stay behind.

    Raises DownloadCancelled when ``req.cancel`` is set, DatasetUnavailable when every URL failed.
    """
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DatasetError(said.CannotWriteDataFolder(str(dest.parent), str(err.strerror))) from err
    reasons: list[Message] = []
    for url in urls:
        req.check_cancel(said.TheDownload())
        try:
            _stream(url, dest, md5, label, req)
            return
        except DownloadCancelled:
            raise
        except (OSError, http.client.HTTPException, _BadDownload, ValueError) as err:
            reasons.append(_reason(err))
    distinct = list(dict.fromkeys(reasons))
    why = distinct[-1]
    for reason in reversed(distinct[:-1]):
        why = said.Reasons(reason, why)
    raise DatasetUnavailable(said.DownloadFailed(title, why))
