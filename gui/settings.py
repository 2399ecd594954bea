"""Everything the app remembers between sessions; the only module that touches QSettings.

The last configuration is stored one TrainConfig field per key (as JSON, so types survive the INI
format). Reading never fails: a value of the wrong type or outside the field's range (the one definition
in core.config.SETTINGS, which the CLI and the controls use too), or JSON nested too deep to read, falls
back to that field's default and is logged, so a settings file from an older version, edited by hand or
damaged still opens.
Tests pass ``QSettings(path, QSettings.IniFormat)`` to keep their settings in a temp folder.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter

from core.config import SETTINGS, ConfigError, TrainConfig
from core.paths import DATA_ENV, RUNS_ENV

LANGUAGE_SETTINGS = ("system", "en", "zh_CN")  # gui.i18n.LANGUAGES names them
FOLDERS = (("data_dir", DATA_ENV), ("runs_dir", RUNS_ENV))

log = logging.getLogger(__name__)
VERSION = 1
DEFAULTS = TrainConfig.__dataclass_fields__  # name -> Field, with .default
MAX_SPLITTER = 100_000  # pixels; Qt's int would overflow on what a damaged file may hold
# A problem reported for one field is sometimes cured only by resetting its partners too.
RESET_TOGETHER = {
    "folder": ("folder", "dataset"),
    "step_every": ("step_every", "step_gamma"),
    "nesterov": ("nesterov", "optimizer", "momentum"),
    "arch": ("arch", "dataset"),
}


def repair(values: dict[str, Any]) -> TrainConfig:
    """A valid TrainConfig as close to ``values`` as possible: bad fields go back to their defaults."""
    clean = {}
    for name, setting in SETTINGS.items():
        value = values.get(name, setting.default)
        clean[name] = setting.clean(value)
        if clean[name] is not value:
            log.warning(
                "settings: %s = %.60r is not %s; using the default %r",
                name,
                value,
                setting.range_text(),
                setting.default,
            )
    for _ in range(len(DEFAULTS)):
        try:
            return TrainConfig(**clean)
        except ConfigError as exc:
            log.warning("settings: %s; those go back to their defaults", exc)
            changed = False
            for key in exc.problems:
                for name in RESET_TOGETHER.get(key, (key,)):
                    if name in clean and clean[name] != DEFAULTS[name].default:
                        clean[name], changed = DEFAULTS[name].default, True
            if not changed:
                break
    return TrainConfig()


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings if qsettings is not None else QSettings()
        stored = self._get("version", VERSION)
        if stored != VERSION:
            self._migrate(stored)
        self.q.setValue("version", VERSION)

    def _migrate(self, stored: Any) -> None:
        """No older layout exists yet; a future change of keys converts them here."""
        log.info("settings version %r found, expected %d", stored, VERSION)

    def _get(self, key: str, default: Any = None) -> Any:
        """The stored value, or ``default`` when it is missing or unreadable (never raises)."""
        try:
            raw = self.q.value(key)
            if raw is None:
                return default
            return json.loads(raw) if isinstance(raw, str) else raw
        except (ValueError, RecursionError, TypeError, OverflowError) as exc:  # RecursionError: deep nesting
            log.warning("settings: %s is unreadable (%s); using the default", key, exc.__class__.__name__)
            return default

    def _set(self, key: str, value: Any) -> None:
        self.q.setValue(key, json.dumps(value))

    # -- the last configuration -----------------------------------------------------------------------------
    def load_config(self) -> TrainConfig:
        self.q.beginGroup("config")
        try:
            values = {f.name: self._get(f.name, f.default) for f in fields(TrainConfig)}
        finally:
            self.q.endGroup()
        try:
            return repair(values)
        except Exception:  # noqa: BLE001 - a settings file must never stop the window from opening
            log.exception("settings: the last configuration could not be restored; using the defaults")
            return TrainConfig()

    def save_config(self, values: dict[str, Any]) -> None:
        """Accepts the panel's values even when they do not form a valid config yet (loading repairs them)."""
        self.q.beginGroup("config")
        try:
            for name in DEFAULTS:
                if name in values:
                    self._set(name, values[name])
        finally:
            self.q.endGroup()

    # -- places and layout ----------------------------------------------------------------------------------
    def folder(self, name: str) -> str:
        """ "data_dir" or "runs_dir": the folder the user chose, "" for the default."""
        value = self._get(name, "")
        return value if isinstance(value, str) else ""

    def set_folder(self, name: str, value: str) -> None:
        self._set(name, str(value or ""))

    data_dir = property(lambda self: self.folder("data_dir"), lambda self, v: self.set_folder("data_dir", v))
    runs_dir = property(lambda self: self.folder("runs_dir"), lambda self, v: self.set_folder("runs_dir", v))

    @property
    def log_loss(self) -> bool:
        return self._get("log_loss", False) is True

    @log_loss.setter
    def log_loss(self, on: bool) -> None:
        self._set("log_loss", bool(on))

    @property
    def projector(self) -> bool:
        """Projector mode: larger text, thicker curves, high contrast (gui/theme.py)."""
        return self._get("projector", False) is True

    @projector.setter
    def projector(self, on: bool) -> None:
        self._set("projector", bool(on))

    @property
    def welcome_dismissed(self) -> bool:
        """The welcome panel of a first launch was closed with "Got it"."""
        return self._get("welcome_dismissed", False) is True

    @welcome_dismissed.setter
    def welcome_dismissed(self, on: bool) -> None:
        self._set("welcome_dismissed", bool(on))

    @property
    def language(self) -> str:
        """ "system" (follow the system's language), "en" or "zh_CN"."""
        value = self._get("language", "system")
        return value if value in LANGUAGE_SETTINGS else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value if value in LANGUAGE_SETTINGS else "system")

    def geometry(self) -> QByteArray | None:
        raw = self.q.value("window/geometry")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)

    def splitter_sizes(self, name: str) -> list[int] | None:
        sizes = self._get(f"window/{name}")
        ok = (
            isinstance(sizes, list)
            and sizes
            and all(isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= MAX_SPLITTER for s in sizes)
        )
        return sizes if ok and sum(sizes) > 0 else None

    def set_splitter_sizes(self, name: str, sizes: list[int]) -> None:
        self._set(f"window/{name}", [int(s) for s in sizes])

    def sync(self) -> None:
        self.q.sync()

    # -- a MainWindow as a whole ----------------------------------------------------------------------------
    def restore_window(self, win, sizes: dict[str, list[int]]) -> None:
        """Folders, last configuration, log scale, geometry and the splitters named in ``sizes`` (defaults).

        Each step stands alone: one that fails is logged and skipped, and the window opens regardless.
        """
        steps = [
            lambda n=name: self.folder(n) and win.config_panel.set_folder(n, self.folder(n)) for name, _ in FOLDERS
        ]
        steps += [
            lambda: win.config_panel.set_values(self.load_config().to_dict()),
            lambda: win.actions["log"].setChecked(self.log_loss),
            lambda: self.geometry() is not None and win.restoreGeometry(self.geometry()),
        ]
        splitter = lambda n: win.findChild(QSplitter, f"{n}Splitter")  # noqa: E731
        steps += [
            lambda n=name, d=default: splitter(n).setSizes(self.splitter_sizes(n) or d)
            for name, default in sizes.items()
        ]
        for step in steps:
            try:
                step()
            except Exception:  # noqa: BLE001 - a damaged settings file must never keep the window shut
                log.exception("settings: a saved window setting could not be restored; it keeps its default")

    def save_window(self, win, splitters: list[str]) -> None:
        self.save_config(win.config_panel.values())
        for name, env in FOLDERS:
            if not os.environ.get(env):  # an override is not the user's choice: keep their own setting
                self.set_folder(name, win.config_panel.widgets[name].text().strip())
        self.log_loss = win.actions["log"].isChecked()
        self.set_geometry(win.saveGeometry())
        for name in splitters:
            self.set_splitter_sizes(name, win.findChild(QSplitter, f"{name}Splitter").sizes())
        self.sync()
