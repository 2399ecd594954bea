"""The table the settings panel is built from: one Field per TrainConfig setting, filled from core's registries,
so a new network, dataset or optimizer shows up without code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from core import archs, data, devices
from core.augment import AUGMENTATIONS
from core.config import OPTIMIZERS, SCHEDULES
from core.run_name import PROPER_NAMES
from gui.train.config_tips import ConfigTips
from gui.core_texts import core_tr
from gui.messages import say
from gui.widgets.setting_labels import SettingLabels


@dataclass(frozen=True)
class Field:
    group: str  # the section it sits in
    name: str  # the TrainConfig field (or data_dir / runs_dir)
    kind: str  # combo, spin, float, check or path
    label: str
    tip: str
    items: tuple = ()  # a combo's (value, text[, tooltip]) entries
    decimals: int = 2
    special: str = ""  # a spin box's text for "not set", shown at its minimum
    adaptive: bool = False  # spin steps that scale with the value (1e-4, 1e-3 …)
    note: bool = False  # a grey description under the control


class ConfigFields(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        found = devices.all_devices()  # asked once: listing CUDA devices is slow
        self.devices = [d for d in found if not d.problem]
        self.unusable = [d for d in found if d.problem]  # cards this PyTorch cannot run: named in the tooltip

    def tips(self) -> dict[str, str]:
        return ConfigTips(self).tips()

    def groups(self) -> dict[str, str]:
        """Section name -> title, in the panel's order."""
        return {
            "preset": self.tr("Start from a recipe"),
            "data": self.tr("Data"),
            "network": self.tr("Network"),
            "training": self.tr("Training"),
            "device": self.tr("Computer"),
        }

    def fields(self, data_root: Path) -> tuple[Field, ...]:
        own, on_off = [(None, self.tr("recipe's own"))], [(True, self.tr("on")), (False, self.tr("off"))]
        words = {
            **PROPER_NAMES,  # the same in every language
            "none": self.tr("none"),
            "step": self.tr("step decay"),
            "cosine": self.tr("cosine"),
            "onecycle": self.tr("one-cycle"),
            "default": self.tr("PyTorch default"),
        }
        names = lambda values: tuple((v, words.get(v, v)) for v in values)  # noqa: E731
        nets = tuple((x.name, core_tr(x.title), core_tr(x.description)) for x in archs.ARCHS)  # yours last
        augments = tuple((a.name, core_tr(a.name), core_tr(a.description)) for a in AUGMENTATIONS)
        best = say(self.devices[0].message)
        devs = (("auto", self.tr("Automatic: {best}").format(best=best)),) + tuple(
            (d.id, say(d.message)) for d in self.devices
        )
        label = SettingLabels(self).labels()
        tips = self.tips()
        tips["device"] = "\n".join([tips["device"], *(say(d.problem) for d in self.unusable)])
        F = lambda group, name, kind, **kw: Field(group, name, kind, label[name], tips[name], **kw)  # noqa: E731
        return (
            F("data", "data_dir", "path"),
            F("data", "runs_dir", "path"),
            F("data", "dataset", "combo", note=True, items=self.dataset_items(data_root)),
            F("data", "folder", "path"),
            F("data", "image_size", "spin", special=self.tr("automatic")),
            F("data", "val_fraction", "float"),
            F("data", "train_subset", "spin", special=self.tr("all"), adaptive=True),
            F("data", "augment", "combo", items=augments),
            F("network", "arch", "combo", note=True, items=nets),
            F("network", "activation", "combo", items=tuple(own) + names(archs.ACTIVATIONS)),
            F("network", "init", "combo", items=tuple(own) + names(archs.INITS)),
            F("network", "dropout", "float", special=own[0][1]),
            F("network", "batch_norm", "combo", items=tuple(own + on_off)),
            F("training", "epochs", "spin"),
            F("training", "batch_size", "spin"),
            F("training", "lr", "float", decimals=5, adaptive=True),
            F("training", "optimizer", "combo", items=names(OPTIMIZERS)),
            F("training", "momentum", "float", decimals=3),
            F("training", "nesterov", "check"),
            F("training", "weight_decay", "float", decimals=5, adaptive=True),
            F("training", "schedule", "combo", items=names(SCHEDULES)),
            F("training", "step_every", "spin"),
            F("training", "step_gamma", "float"),
            F("training", "label_smoothing", "float"),
            F("training", "grad_clip", "float", special=self.tr("off"), adaptive=True),
            F("training", "seed", "spin"),
            F("device", "device", "combo", items=devs),
            F("device", "threads", "spin", special=self.tr("automatic")),
            F("device", "mixed_precision", "check"),
        )

    def dataset_items(self, data_root: Path) -> tuple:
        """(name, "title — availability", description) for every dataset, as the dataset combo lists them."""
        words = {
            "on disk": self.tr("on disk"),
            "needs download": self.tr("needs download"),
            "built-in": self.tr("built-in"),
            "choose a folder": self.tr("choose a folder"),
        }
        return tuple(
            (
                s.name,
                self.tr("{title} — {availability}").format(
                    title=core_tr(s.title), availability=words.get(a, core_tr(a))
                ),
                core_tr(s.description),
            )
            for s in data.list_datasets()
            for a in [data.availability(s.name, data_root)]
        )
