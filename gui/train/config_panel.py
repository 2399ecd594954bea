"""The configuration panel: every TrainConfig field as a control, validated live by core.config.

Built from one table (``_fields``) filled from core's registries, so a new network, dataset or preset shows up
without code. ConfigError.problems puts a red sentence under each field at fault.
"""

from __future__ import annotations

import os
from dataclasses import fields
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMargins, QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core import archs, data, devices
from core.augment import AUGMENTATIONS
from core.config import OPTIMIZERS, SCHEDULES, SETTINGS, ConfigError, Setting, TrainConfig
from core.paths import DATA_ENV, RUNS_ENV, data_dir, runs_dir
from core.presets import PRESETS
from gui.state import AppState
from gui.widgets.wheel_guard import WheelGuard
from gui.train.summary_table import SummaryTable

NAMES = {
    "sgd": "SGD",
    "adam": "Adam",
    "adamw": "AdamW",
    "rmsprop": "RMSprop",
    "relu": "ReLU",
    "leakyrelu": "LeakyReLU",
    "xavier": "Xavier",
    "kaiming": "Kaiming (He)",
}  # proper names, the same in every language
CONFIG_FIELDS = {f.name for f in fields(TrainConfig)}
MODEL_OPTIONS = ("activation", "init", "dropout", "batch_norm")
GROUPS = ("preset", "data", "network", "training", "device")
FOLDER_ENV = {"data_dir": DATA_ENV, "runs_dir": RUNS_ENV}  # folder fields, and the variable that overrides each
_camel = lambda name: name.split("_")[0] + "".join(p.title() for p in name.split("_")[1:])  # noqa: E731


def spin_limits(setting: Setting, decimals: int, special: bool, step: float) -> tuple[float, float]:
    """A spin box's range from the one definition in core.config: open ends one displayed digit inside, and an
    optional field's "not set" text one step below the range (the spin box's minimum shows it)."""
    tick = 10.0**-decimals
    low = setting.low + (tick if setting.low_open else 0)
    high = setting.high - (tick if setting.high_open else 0)
    return (low - step if special and setting.optional else low), high


class ConfigPanel(QWidget):
    changed = Signal(object)  # TrainConfig, or None while a value is invalid
    dataKeyChanged = Signal(object)  # (dataset, root, folder, image_size, seed): what the sample preview shows

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="configPanel")
        self.state = state
        self.widgets, self._io = {}, {}  # name -> control, and (get, set) of its value
        self.errors, self.notes, self.buttons = {}, {}, {}  # name -> red problem label, grey note, browse button
        self.config: TrainConfig | None = None  # None while a value is invalid; then self.problems says why
        self.problems: dict[str, str] = {}
        self._loading, self.data_key = True, None  # data_key: what the sample preview shows
        self._debounce = QTimer(self, singleShot=True, interval=250)  # one summary per burst of spin-box clicks
        self._debounce.timeout.connect(self._request_background_work)
        self.summary = SummaryTable(state.jobs("summaries"), self)
        self._wheel_guard = WheelGuard(self)
        layout = QVBoxLayout(self, contentsMargins=QMargins(4, 4, 4, 4))
        titles = (
            self.tr("Start from a recipe"),
            self.tr("Data"),
            self.tr("Network"),
            self.tr("Training"),
            self.tr("Computer"),
        )
        self._forms = {g: QFormLayout(QGroupBox(t, self, objectName=f"{g}Group")) for g, t in zip(GROUPS, titles)}
        for form in self._forms.values():
            form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
            layout.addWidget(form.parentWidget())
        layout.addStretch(1)
        for group, name, kind, label, opts, tip in self._fields():
            self._add(self._forms[group], name, kind, label, tip, **opts)
        self.preset, self.data_dir_edit = self.widgets["preset"], self.widgets["data_dir"]
        self.runs_dir_edit = self.widgets["runs_dir"]
        self.preset.activated.connect(self._apply_preset)
        for name, env in FOLDER_ENV.items():
            if os.environ.get(env):
                self.widgets[name].setText(os.environ[env])
                tip = self.tr("Set by the environment variable {env}, which wins over this setting.").format(env=env)
                for w in (self.widgets[name], self.buttons[name]):
                    w.setEnabled(False)
                    w.setToolTip(tip)
        self.runs_dir_edit.setPlaceholderText(str(runs_dir()))
        self._loading = False
        self.set_values(TrainConfig().to_dict())

    def _fields(self):
        """(group, name, kind, label, options, tooltip) for every control: the panel is built from this table."""
        own, devs = [(None, self.tr("recipe's own"))], devices.list_devices()
        self._cuda = devs[0].id.startswith("cuda")  # asked once: _on_change runs on every spin-box click
        on_off = [(True, self.tr("on")), (False, self.tr("off"))]
        presets = [(None, self.tr("Custom settings"))] + [(p.name, p.title, p.description) for p in PRESETS]
        nets, augments = (
            [(x.name, x.title, x.description) for x in archs.list_archs()],
            [(a.name, a.name, a.description) for a in AUGMENTATIONS],
        )
        words = {
            **NAMES,
            "none": self.tr("none"),
            "step": self.tr("step decay"),
            "cosine": self.tr("cosine"),
            "onecycle": self.tr("one-cycle"),
            "default": self.tr("PyTorch default"),
        }
        names = lambda values: [(v, words.get(v, v)) for v in values]  # noqa: E731
        return (
            (
                "preset",
                "preset",
                "combo",
                self.tr("Preset"),
                dict(note=True, react=False, items=presets),
                self.tr(
                    "Ready-made settings from well-known tutorials: picking one fills in the fields below; "
                    "change any of them afterwards."
                ),
            ),
            (
                "data",
                "data_dir",
                "path",
                self.tr("Data folder"),
                {},
                self.tr(
                    "Where datasets are stored and downloaded to. It may be shared or read-only: nothing else is "
                    "written there."
                ),
            ),
            (
                "data",
                "runs_dir",
                "path",
                self.tr("Runs folder"),
                {},
                self.tr(
                    "Where every training run is saved: its settings, curves and weights. Empty: the app's own "
                    "folder, shown in grey."
                ),
            ),
            (
                "data",
                "dataset",
                "combo",
                self.tr("Dataset"),
                dict(note=True, items=self._datasets()),
                self.tr(
                    "The images to learn from. 'on disk' is ready, 'needs download' is fetched when you press "
                    "Start, 'built-in' is made on this computer."
                ),
            ),
            (
                "data",
                "folder",
                "path",
                self.tr("Image folder"),
                {},
                self.tr("Your own images: one sub-folder per class (cats/, dogs/ …) holding that class's images."),
            ),
            (
                "data",
                "image_size",
                "spin",
                self.tr("Image size"),
                dict(special=self.tr("automatic")),
                self.tr(
                    "Folder and built-in images are resized to this many pixels square: 28-64 trains fast on a "
                    "CPU, AlexNet wants 227. 'automatic' keeps the set's own size."
                ),
            ),
            (
                "data",
                "val_fraction",
                "float",
                self.tr("Validation share"),
                {},
                self.tr(
                    "Part of the training images kept aside to spot overfitting after each epoch. 0.1 (10 %) is "
                    "usual; 0 skips validation."
                ),
            ),
            (
                "data",
                "train_subset",
                "spin",
                self.tr("Train images"),
                dict(special=self.tr("all"), adaptive=True),
                self.tr(
                    "Train on only this many images for a quick try; 'all' uses the whole split. With too few, "
                    "the network just memorises them."
                ),
            ),
            (
                "data",
                "augment",
                "combo",
                self.tr("Augmentation"),
                dict(items=augments),
                self.tr(
                    "Random shifts, turns and stroke changes on each batch: more variety, better generalisation. "
                    "Training accuracy then rises more slowly; that is expected."
                ),
            ),
            (
                "network",
                "arch",
                "combo",
                self.tr("Network"),
                dict(note=True, after=self.summary, items=nets),
                self.tr(
                    "The architecture: which layers, wired how. Hover an entry for its story; the table lists its "
                    "layers and sizes."
                ),
            ),
            (
                "network",
                "activation",
                "combo",
                self.tr("Activation"),
                dict(items=own + names(archs.ACTIVATIONS)),
                self.tr(
                    "The non-linearity after each layer. ReLU-like ones learn fast; sigmoid and tanh saturate, so "
                    "deep nets learn slowly (LeNet-5 used sigmoid)."
                ),
            ),
            (
                "network",
                "init",
                "combo",
                self.tr("Initialisation"),
                dict(items=own + names(archs.INITS)),
                self.tr(
                    "How weights are set before training: Xavier suits sigmoid and tanh, Kaiming suits ReLU. A "
                    "poor choice shows as a loss that barely moves at first."
                ),
            ),
            (
                "network",
                "dropout",
                "float",
                self.tr("Dropout"),
                dict(special=own[0][1]),
                self.tr(
                    "Share of units switched off at random while training, against overfitting. 0.5 is classic "
                    "for fully connected layers; too high and nothing is learnt."
                ),
            ),
            (
                "network",
                "batch_norm",
                "combo",
                self.tr("Batch norm"),
                dict(items=own + on_off),
                self.tr(
                    "Normalises each layer's outputs per batch: usually faster, steadier training that tolerates "
                    "higher learning rates."
                ),
            ),
            (
                "training",
                "epochs",
                "spin",
                self.tr("Epochs"),
                {},
                self.tr(
                    "Passes over all training images. 5-10 is plenty for MNIST; the validation curve shows when "
                    "more stops helping."
                ),
            ),
            (
                "training",
                "batch_size",
                "spin",
                self.tr("Batch size"),
                {},
                self.tr(
                    "Images per weight update, usually 32-256. Small batches give noisy, frequent updates; large "
                    "ones are faster per image but may need a higher learning rate."
                ),
            ),
            (
                "training",
                "lr",
                "float",
                self.tr("Learning rate"),
                dict(decimals=5, adaptive=True),
                self.tr(
                    "Step size of each update, the most important setting: 0.001 for Adam, 0.01-0.1 for SGD. "
                    "Too high: the loss jumps or becomes nan. Too low: it creeps down."
                ),
            ),
            (
                "training",
                "optimizer",
                "combo",
                self.tr("Optimizer"),
                dict(items=names(OPTIMIZERS)),
                self.tr(
                    "How the gradient becomes a weight update. Adam adapts the step per weight and forgives a "
                    "rough learning rate; SGD with momentum is the classic."
                ),
            ),
            (
                "training",
                "momentum",
                "float",
                self.tr("Momentum"),
                dict(decimals=3),
                self.tr(
                    "SGD and RMSprop keep this share of the previous step, smoothing the way downhill. 0.9 is "
                    "usual; 0 is plain SGD."
                ),
            ),
            (
                "training",
                "nesterov",
                "check",
                self.tr("Nesterov"),
                {},
                self.tr("SGD looks ahead before it steps: often a little faster. Needs momentum above 0."),
            ),
            (
                "training",
                "weight_decay",
                "float",
                self.tr("Weight decay"),
                dict(decimals=5, adaptive=True),
                self.tr(
                    "Pulls weights towards zero against overfitting. 0 or 1e-4 to 5e-4 is usual; 0.01 and more "
                    "can stop learning."
                ),
            ),
            (
                "training",
                "schedule",
                "combo",
                self.tr("LR schedule"),
                dict(items=names(SCHEDULES)),
                self.tr(
                    "How the learning rate changes during the run. Lowering it late lets the network settle; "
                    "one-cycle warms up first and often trains fastest."
                ),
            ),
            (
                "training",
                "step_every",
                "spin",
                self.tr("Step every"),
                {},
                self.tr("Step decay: epochs between learning-rate drops (2-5 is usual)."),
            ),
            (
                "training",
                "step_gamma",
                "float",
                self.tr("Step factor"),
                {},
                self.tr("Step decay: the learning rate is multiplied by this at each drop (0.1 = ten times smaller)."),
            ),
            (
                "training",
                "label_smoothing",
                "float",
                self.tr("Label smoothing"),
                {},
                self.tr("Asks for 90 % instead of 100 % confidence (at 0.1), curbing over-confident networks; 0-0.1."),
            ),
            (
                "training",
                "grad_clip",
                "float",
                self.tr("Gradient clip"),
                dict(special=self.tr("off"), adaptive=True),
                self.tr(
                    "Caps the size (norm) of each update's gradient to tame spikes and nan losses. 1-5 is usual; "
                    "'off' does not clip."
                ),
            ),
            (
                "training",
                "seed",
                "spin",
                self.tr("Random seed"),
                {},
                self.tr(
                    "Fixes the random choices (initial weights, batch order, augmentation): the same seed repeats "
                    "a run, another shows how much is luck."
                ),
            ),
            (
                "device",
                "device",
                "combo",
                self.tr("Device"),
                dict(
                    items=[("auto", self.tr("Automatic: {best}").format(best=devs[0].label))]
                    + [(d.id, d.label) for d in devs]
                ),
                self.tr(
                    "Where to train. A GPU is many times faster for big networks; LeNet on MNIST is fine on a CPU."
                ),
            ),
            (
                "device",
                "threads",
                "spin",
                self.tr("CPU threads"),
                dict(special=self.tr("automatic")),
                self.tr("Processor cores PyTorch may use; on a busy machine 1 is often faster."),
            ),
            (
                "device",
                "mixed_precision",
                "check",
                self.tr("Mixed precision"),
                {},
                self.tr(
                    "16-bit numbers on an NVIDIA GPU: faster and lighter, with the same results for most networks."
                ),
            ),
        )

    def _add(
        self,
        form,
        name,
        kind,
        label,
        tip,
        items=(),
        step=None,
        decimals=2,
        special="",
        adaptive=False,
        note=False,
        after=None,
        react=True,
    ) -> None:
        if kind == "combo":
            w = QComboBox(self)
            for i, (value, text, *item_tip) in enumerate(items):
                w.addItem(text, value)
                if item_tip:
                    w.setItemData(i, item_tip[0], Qt.ToolTipRole)
            signal = w.currentIndexChanged
            get, put = (
                w.currentData,
                (
                    lambda v: w.setCurrentIndex(
                        next((i for i in range(w.count()) if w.itemData(i) == v), w.currentIndex())
                    )
                ),
            )
        elif kind in ("spin", "float"):
            # the minimum shows the special text and means "not set"; typed numbers are checked once, not per digit
            step = step or (1 if kind == "spin" else 0.05)
            limits = spin_limits(SETTINGS[name], decimals if kind == "float" else 0, bool(special), step)
            kw = dict(
                minimum=limits[0],
                maximum=limits[1],
                singleStep=step,
                specialValueText=special,
                keyboardTracking=False,
                stepType=QAbstractSpinBox.StepType(int(adaptive)),
            )
            w = QSpinBox(self, **kw) if kind == "spin" else QDoubleSpinBox(self, decimals=decimals, **kw)
            signal = w.valueChanged
            get = lambda: None if special and w.value() == w.minimum() else w.value()
            put = lambda v: w.setValue(w.minimum() if v is None else v)
        elif kind == "check":
            w = QCheckBox(self)
            signal, get, put = w.toggled, w.isChecked, (lambda v: w.setChecked(bool(v)))
        else:  # a path: a line edit and a browse button
            w, row = QLineEdit(self), QHBoxLayout()
            button = QPushButton(
                self.tr("Browse…"),
                self,
                objectName=f"{_camel(name)}Browse",
                toolTip=tip,
                accessibleName=self.tr("Choose: {what}").format(what=label),
            )
            button.clicked.connect(partial(self._browse, name))
            row.addWidget(w, 1)
            row.addWidget(button)
            self.buttons[name], signal = button, w.editingFinished
            get, put = (lambda: w.text().strip() or None), (lambda v: w.setText(v or ""))
        w.setObjectName(_camel(name) + {"combo": "Combo", "check": "Check", "path": "Edit"}.get(kind, "Spin"))
        w.setAccessibleName(label)
        w.setToolTip(tip)
        self._wheel_guard.protect(w)
        self.widgets[name], self._io[name] = w, (get, put)
        if react:
            signal.connect(self._folders_changed if name in FOLDER_ENV else self._on_change)
        form.addRow(label, row if kind == "path" else w)
        for store, on, style in (
            (self.notes, note, "color: palette(dark); font-size: 8pt;"),
            (self.errors, name in CONFIG_FIELDS, "color: #c62828;"),
        ):
            if on:
                store[name] = text = QLabel(
                    self,
                    wordWrap=True,
                    styleSheet=style,
                    objectName=f"{name}{'Note' if store is self.notes else 'Error'}",
                )
                form.addRow(text)
                form.setRowVisible(text, store is self.notes)
        if after is not None:
            form.addRow(after)

    def _datasets(self):
        root, words = (
            self.data_root(),
            {
                "on disk": self.tr("on disk"),
                "needs download": self.tr("needs download"),
                "built-in": self.tr("built-in"),
                "choose a folder": self.tr("choose a folder"),
            },
        )
        return [
            (s.name, f"{s.title} — {words.get(a, a)}", s.description)
            for s in data.list_datasets()
            for a in [data.availability(s.name, root)]
        ]

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
            self.config, self.problems = TrainConfig(**v), {}
        except ConfigError as exc:
            self.config, self.problems = None, dict(exc.problems)
        if v["dataset"] == "folder" and v["folder"] and not Path(v["folder"]).is_dir():
            self.config, self.problems["folder"] = None, self.tr("This folder does not exist.")
        for name, label in self.errors.items():
            label.setText(self.problems.get(name, ""))
            label.parentWidget().layout().setRowVisible(label, name in self.problems)
        spec = data.get_spec(v["dataset"]) if v["dataset"] in data.DATASETS else None
        arch = archs.get_arch(v["arch"]) if v["arch"] in archs.ARCHS else None
        rules = {
            "momentum": v["optimizer"] in ("sgd", "rmsprop"),
            "nesterov": v["optimizer"] == "sgd",
            "step_every": v["schedule"] == "step",
            "step_gamma": v["schedule"] == "step",
            "folder": v["dataset"] == "folder",
            "image_size": bool(spec) and spec.source in ("builtin", "folder"),
            "mixed_precision": self._cuda and v["device"] != "cpu",
            **{name: bool(arch) and name in arch.options for name in MODEL_OPTIONS},
        }
        for name, on in rules.items():
            self.widgets[name].setEnabled(on)
        self.buttons["folder"].setEnabled(rules["folder"])
        preset = PRESETS.get(self.preset.currentData()) if self.preset.currentData() else None
        if preset and any(v.get(k) != value for k, value in preset.settings.items()):
            self.preset.setCurrentIndex(0)  # edited away from the recipe
            preset = None
        self.notes["preset"].setText(
            preset.description + (f" ({preset.reported})" if preset.reported else "")
            if preset
            else self.tr("Your own settings. Pick a preset to load a known recipe.")
        )
        self.notes["dataset"].setText(spec.description if spec else "")
        self.notes["arch"].setText(arch.description if arch else "")
        self._debounce.start()
        self.changed.emit(self.config)

    def _apply_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name:
            keep = {k: self.values()[k] for k in ("device", "folder")}
            self.set_values({**TrainConfig().to_dict(), **keep, **PRESETS.get(name).settings})

    def _browse(self, name: str) -> None:
        title = {"data_dir": self.tr("Choose the data folder"), "runs_dir": self.tr("Choose the runs folder")}.get(
            name, self.tr("Choose an image folder (one sub-folder per class)")
        )
        path = QFileDialog.getExistingDirectory(self, title, self.widgets[name].text() or str(self.data_root()))
        if path:
            self.widgets[name].setText(path)
            (self._folders_changed if name in FOLDER_ENV else self._on_change)()

    def _folders_changed(self) -> None:
        self.state.set_folders(self.data_setting(), self.runs_setting())
        for i, (_, text, _) in enumerate(self._datasets()):
            self.widgets["dataset"].setItemText(i, text)
        self._on_change()

    def _request_background_work(self) -> None:
        v = self.values()
        self.summary.request(v)  # a network that does not fit the images shows why in the table's place
        key = (v["dataset"], str(self.data_root()), v["folder"], v["image_size"], v["seed"])
        if key != self.data_key:
            self.data_key = key
            self.dataKeyChanged.emit(key)
