"""The configuration panel: every TrainConfig field as a control in a collapsible section, validated live by
core.config.

Built from one table (gui/train/config_fields.py) filled from core's registries, so a new network, dataset or
preset shows up without code. ConfigError.problems puts a red sentence under each field at fault. A lesson
can show only the settings it is about (``show_only``).
"""

from __future__ import annotations

import os
from dataclasses import fields
from functools import partial
from pathlib import Path

from typing import Callable

from PySide6.QtCore import QMargins, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core import archs, data
from core.config import ConfigError, TrainConfig
from core.paths import DATA_ENV, RUNS_ENV, data_dir, runs_dir
from core.presets import PRESETS
from gui.state import AppState
from gui.train.config_fields import ConfigFields, Field
from gui.train.field_controls import Control, make_control, write_texts
from gui.train.folder_picker import FolderPicker
from gui.train.network_row import NetworkRow
from gui.train.preset_chooser import PresetChooser
from gui.widgets.summary_table import SummaryTable
from gui.theme import mark_caption
from gui.widgets.collapsible_section import CollapsibleSection
from gui.widgets.wheel_guard import WheelGuard
from gui.core_texts import core_tr
from gui.widgets.retranslating import Retranslating
from gui.messages import say

CONFIG_FIELDS = {f.name for f in fields(TrainConfig)}
MODEL_OPTIONS = ("activation", "init", "dropout", "batch_norm")
FOLDER_ENV = {"data_dir": DATA_ENV, "runs_dir": RUNS_ENV}  # folder fields, and the variable that overrides each
ERROR_STYLE = "color: #c62828;"


class ConfigPanel(Retranslating, QWidget):
    changed = Signal(object)  # TrainConfig, or None while a value is invalid
    dataKeyChanged = Signal(object)  # (dataset, root, folder, image_size, seed): what the sample preview shows

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="configPanel")
        self.state = state
        self.widgets, self._io = {}, {}  # name -> control, and (get, set) of its value
        self.controls: dict[str, Control] = {}
        self.row_labels: dict[str, QLabel] = {}  # name -> its label in the form
        self.errors, self.notes, self.buttons = {}, {}, {}  # name -> red problem label, grey note, browse button
        self.config: TrainConfig | None = None  # None while a value is invalid; then self.problems says why
        self._problems: dict[str, Callable[[], str]] = {}  # name -> writes the problem (core's, or ours)
        self._loading, self.data_key = True, None  # data_key: what the sample preview shows
        self._rows: dict[str, list[QWidget]] = {}  # name -> the form rows that show it (control, note, table)
        self._group_of: dict[str, str] = {}  # name -> its section
        self._shown: set[str] | None = None  # show_only's choice; None: every setting
        self._debounce = QTimer(self, singleShot=True, interval=250, objectName="summaryDebounce")  # one per burst
        self._debounce.timeout.connect(self._request_background_work)
        self.summary = SummaryTable(state.jobs("summaries"), self)
        self._wheel_guard = WheelGuard(self)
        self.table = ConfigFields(self)
        layout = QVBoxLayout(self, contentsMargins=QMargins(4, 4, 4, 4))
        # each section says its title again itself after a switch
        self.sections = {
            g: CollapsibleSection(partial(self._group_title, g), self, f"{g}Group") for g in self.table.groups()
        }
        for section in self.sections.values():
            layout.addWidget(section)
        layout.addStretch(1)
        self.preset_chooser = PresetChooser(self)
        self.row_labels["preset"] = QLabel(self, buddy=self.preset_chooser.combo)
        self.sections["preset"].form.addRow(self.row_labels["preset"], self.preset_chooser)
        self.sections["preset"].form.addRow(self.preset_chooser.note)
        self.preset = self.widgets["preset"] = self.preset_chooser.combo
        self.notes["preset"], self._rows["preset"], self._group_of["preset"] = (
            self.preset_chooser.note,
            [self.preset_chooser, self.preset_chooser.note],
            "preset",
        )
        self._wheel_guard.protect(self.preset)
        self.preset_chooser.chosen.connect(self._apply_preset)
        for f in self.table.fields(self.data_root()):
            self._add(f)
        self.data_dir_edit, self.runs_dir_edit = self.widgets["data_dir"], self.widgets["runs_dir"]
        for name, env in FOLDER_ENV.items():
            if os.environ.get(env):
                self.widgets[name].setText(os.environ[env])
                for w in (self.widgets[name], self.buttons[name]):
                    w.setEnabled(False)
        self.runs_dir_edit.setPlaceholderText(str(runs_dir()))
        self._loading = False
        self.set_values(TrainConfig().to_dict())
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the form, from the table made anew in the language now installed (core's registries)."""
        self.row_labels["preset"].setText(self.tr("Preset"))
        self.preset_chooser.set_texts(self.tr("Preset"), self.table.tips()["preset"])
        for f in self.table.fields(self.data_root()):
            write_texts(self.controls[f.name], f)
            self.row_labels[f.name].setText(f.label)
        for name, env in FOLDER_ENV.items():
            if os.environ.get(env):
                tip = self.tr("Set by the environment variable {env}, which wins over this setting.").format(env=env)
                for w in (self.widgets[name], self.buttons[name]):
                    w.setToolTip(tip)
        self._show_problems()
        self._show_notes()

    def _group_title(self, group: str) -> str:
        return self.table.groups()[group]

    @property
    def problems(self) -> dict[str, str]:
        """Setting -> why its value cannot be used, in the language of the moment."""
        return {name: write() for name, write in self._problems.items()}

    def _add(self, f: Field) -> None:
        control = make_control(f, self, lambda: str(self.data_root()))
        self._wheel_guard.protect(control.widget)
        self.widgets[f.name], self._io[f.name], self._group_of[f.name] = (
            control.widget,
            (control.get, control.put),
            f.group,
        )
        self.controls[f.name] = control
        react = self._folders_changed if f.name in FOLDER_ENV else self._on_change
        control.changed.connect(react)
        if isinstance(control.row, FolderPicker):
            self.buttons[f.name] = control.row.button
            control.row.picked.connect(react)
        form = self.sections[f.group].form
        self.row_labels[f.name] = QLabel(f.label, self, buddy=control.widget)
        form.addRow(self.row_labels[f.name], control.row)
        self._rows[f.name] = [control.row]
        if f.note:
            self.notes[f.name] = note = mark_caption(QLabel(self, wordWrap=True, objectName=f"{f.name}Note"))
            form.addRow(note)
            self._rows[f.name].append(note)
        if f.name in CONFIG_FIELDS:
            self.errors[f.name] = error = QLabel(
                self, wordWrap=True, styleSheet=ERROR_STYLE, objectName=f"{f.name}Error"
            )
            form.addRow(error)
            form.setRowVisible(error, False)
        if f.name == "arch":  # your own network's file, and the layer table, belong to the network
            self.network_row = NetworkRow(self.state, self._on_change, self)
            self._io["network"] = (self.network_row.get, self.network_row.put)
            form.addRow(self.network_row)
            form.addRow(self.summary)
            self._rows[f.name] += [self.network_row, self.summary]

    def add_beside(self, name: str, widget: QWidget) -> None:
        """A row under setting ``name`` (e.g. the learning-rate finder's button), shown and hidden with it."""
        form = self.sections[self._group_of[name]].form
        row, _ = form.getWidgetPosition(self._rows[name][0])
        form.insertRow(row + 1, "", widget)
        self._rows[name].append(widget)

    # -- what is shown ----------------------------------------------------------------------------------------
    def is_shown(self, name: str) -> bool:
        return self._shown is None or name in self._shown

    def show_only(self, names: set[str] | None) -> None:
        """Show only these settings (a lesson keeps the screen to what it is about); None shows them all.

        Hidden settings keep their values; a section with nothing left to show is hidden too.
        """
        self._shown = None if names is None else set(names)
        for name, rows in self._rows.items():
            form = self.sections[self._group_of[name]].form
            for row in rows:
                form.setRowVisible(row, self.is_shown(name))
        for group, section in self.sections.items():
            section.setVisible(any(self.is_shown(n) for n, g in self._group_of.items() if g == group))
        self._show_problems()
        self._show_network_row()

    def _show_network_row(self) -> None:
        """Only for your own network: which file it is, and the way to the Design tab."""
        arch = self.values().get("arch")
        own = arch in archs.ARCHS and archs.get_arch(arch).from_file
        self.sections["network"].form.setRowVisible(self.network_row, own and self.is_shown("arch"))

    def _show_problems(self) -> None:
        problems = self.problems
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            shown = name in problems and self.is_shown(name)
            self.sections[self._group_of[name]].form.setRowVisible(label, shown)

    # -- values -----------------------------------------------------------------------------------------------
    def data_root(self) -> Path:
        edit = self.widgets.get("data_dir")
        return data_dir((edit.text().strip() or None) if edit is not None else None)

    def data_setting(self) -> str | None:
        return self.data_dir_edit.text().strip() or None

    def runs_setting(self) -> str | None:
        return self.runs_dir_edit.text().strip() or None

    def values(self) -> dict:
        """The controls as TrainConfig keyword arguments (not necessarily valid)."""
        out = {name: get() for name, (get, _) in self._io.items() if name in CONFIG_FIELDS}
        for name in ("grad_clip", "train_subset", "threads"):  # the spin's special value means 0 (off / all / auto)
            out[name] = out[name] or 0
        return out

    def set_values(self, values: dict) -> None:
        self._loading = True  # one validation at the end, not one per control
        try:
            for name in CONFIG_FIELDS & values.keys() & self._io.keys():
                self._io[name][1](values[name])
        finally:
            self._loading = False
        self._on_change()

    def set_folder(self, name: str, path: str) -> None:
        """ "data_dir" or "runs_dir", as if typed in (an environment variable set for it wins)."""
        if not os.environ.get(FOLDER_ENV[name]):
            self.widgets[name].setText(path)
            self._folders_changed()

    def _on_change(self, *_) -> None:
        if self._loading:
            return
        v = self.values()
        try:
            self.config, self._problems = TrainConfig(**v), {}
        except ConfigError as exc:
            self.config, self._problems = None, {k: partial(say, why) for k, why in exc.problems.items()}
        if v["dataset"] == "folder" and v["folder"] and not Path(v["folder"]).is_dir():
            self.config, self._problems["folder"] = None, self._no_folder
        self._show_problems()
        spec = data.get_spec(v["dataset"]) if v["dataset"] in data.DATASETS else None
        arch = archs.get_arch(v["arch"]) if v["arch"] in archs.ARCHS else None
        rules = {
            "momentum": v["optimizer"] in ("sgd", "rmsprop"),
            "nesterov": v["optimizer"] == "sgd",
            "step_every": v["schedule"] == "step",
            "step_gamma": v["schedule"] == "step",
            "folder": v["dataset"] == "folder",
            "image_size": bool(spec) and spec.source in ("builtin", "folder"),
            "mixed_precision": self._chosen_device_has_mixed_precision(v["device"]),
            **{name: bool(arch) and name in arch.options for name in MODEL_OPTIONS},
        }
        for name, on in rules.items():
            self.widgets[name].setEnabled(on)
        self._show_network_row()
        self.buttons["folder"].setEnabled(rules["folder"])
        self.preset_chooser.follow(v)
        self._show_notes()
        self._debounce.start()
        self.changed.emit(self.config)

    def _no_folder(self) -> str:
        return self.tr("This folder does not exist.")

    def _show_notes(self) -> None:
        """The grey description under the dataset and the network, from core's registries."""
        v = self.values()
        spec = data.get_spec(v["dataset"]) if v["dataset"] in data.DATASETS else None
        arch = archs.get_arch(v["arch"]) if v["arch"] in archs.ARCHS else None
        self.notes["dataset"].setText(core_tr(spec.description) if spec else "")
        self.notes["arch"].setText(core_tr(arch.description) if arch else "")

    def _chosen_device_has_mixed_precision(self, device: str) -> bool:
        """Offered per chosen device: a CUDA card (bf16 or fp16 by its compute capability), not the CPU or MPS."""
        wanted = {"auto": self.table.devices[0].id, "cuda": "cuda:0"}.get(device, device)
        return any(d.id == wanted and d.mixed_precision is not None for d in self.table.devices)

    def _apply_preset(self, name: str) -> None:
        keep = {k: self.values()[k] for k in ("device", "folder")}
        preset = PRESETS.get(name)  # the tutorial's length too; a teacher shortens it afterwards
        self.set_values({**TrainConfig().to_dict(), **keep, "epochs": preset.epochs, **preset.settings})

    def _folders_changed(self, *_) -> None:
        self.state.set_folders(self.data_setting(), self.runs_setting())
        for i, (_, text, _) in enumerate(self.table.dataset_items(self.data_root())):
            self.widgets["dataset"].setItemText(i, text)
        self._on_change()

    def _request_background_work(self) -> None:
        v = self.values()
        self.summary.request(v)  # a network that does not fit the images shows why in the table's place
        key = (v["dataset"], str(self.data_root()), v["folder"], v["image_size"], v["seed"])
        if key != self.data_key:
            self.data_key = key
            self.dataKeyChanged.emit(key)
