"""The tabs beside Train (Draw & predict, Evaluate, Inside the network) and how they follow runs.

A training run owns Evaluate and Inside while it lasts: they update after every epoch from the
trainer's weights copy, never the live model. Otherwise they show the model chosen in Draw & predict,
so on first launch the bundled digit reader is there to explore. The drawing on the canvas is the input
of Inside and of Evaluate's what-if sliders.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from PySide6.QtCore import QObject

from core import archs, data
from core.events import EpochEnd, RunStarted
from gui.background import Background
from gui.evaluate_view import EvaluateView
from gui.inside_view import InsideView
from gui.predict_tab import PredictTab

OPTION_KEYS = ("activation", "init", "dropout", "batch_norm")


def run_meta(event: RunStarted) -> dict:
    """What the tabs need to rebuild the run's network from a weights copy."""
    cfg = event.config
    return {"arch": cfg["arch"], "dataset": cfg["dataset"], "class_names": list(event.class_names),
            "mean": list(event.mean), "std": list(event.std), "in_channels": event.in_channels,
            "image_size": event.image_size, "num_classes": len(event.class_names),
            "options": {k: cfg[k] for k in OPTION_KEYS if cfg.get(k) is not None}, "config": cfg}


def load_test_split(meta: dict, root: Path) -> tuple[torch.Tensor, torch.Tensor]:
    """Background job: the test images of the dataset a model was trained on (no download)."""
    cfg = meta.get("config") or {}
    extra = {"folder": cfg.get("folder"), "image_size": meta["image_size"]} if meta["dataset"] == "folder" else {}
    loaded = data.load(meta["dataset"], root, download=False, **extra)
    return loaded.test_x, loaded.test_y


class RunViews(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.jobs = window, Background("views", self)
        self.predict, self.evaluate, self.inside = PredictTab(), EvaluateView(self.jobs), InsideView(self.jobs)
        window.add_tab(self.predict, self.tr("Draw && predict"))
        window.add_tab(self.evaluate, self.tr("Evaluate"))
        window.add_tab(self.inside, self.tr("Inside the network"))
        self.run: dict | None = None
        self._drawing: np.ndarray | None = None
        window.runStarted.connect(self._on_run_started)
        window.epochEnded.connect(self._on_epoch)
        window.runEnded.connect(self._on_run_ended)
        window.runOpened.connect(self._on_run_opened)
        window.closing.connect(self.shutdown)
        window.tabs.currentChanged.connect(self._on_tab_changed)
        self.predict.modelChanged.connect(self._on_model_chosen)
        self.predict.draw_view.inputChanged.connect(self._on_drawing)
        self.evaluate.imageChosen.connect(self.inside.set_input)

    # -- a training run ---------------------------------------------------------------------------------------
    def _on_run_started(self, event: RunStarted) -> None:
        self.run = meta = run_meta(event)
        self.evaluate.set_run(event.class_names, event.mean, event.std, event.test_x, event.test_y, config=event.config)
        # Built here, before any epoch's weights arrive: at most 0.3 s once per run (AlexNet), and no race.
        model = archs.build(meta["arch"], meta["in_channels"], meta["image_size"], meta["num_classes"], **meta["options"])
        model.load_state_dict(event.weights)
        self.inside.set_model(model, meta)
        self.inside.set_input(self._input_for(meta, event.test_x))

    def _on_epoch(self, event: EpochEnd) -> None:
        meta = self.run
        if meta is None:
            return
        self.evaluate.update_epoch(event.weights, meta["arch"], meta["in_channels"], meta["image_size"],
                                   event.test_pred, event.test_conf, event.metrics, options=meta["options"])
        self.inside.update_epoch(event.weights, event.grad_norms, epoch=event.metrics.epoch)
        self.predict.set_current_run(event.weights, meta)

    def _on_run_ended(self, _event) -> None:
        self.run = None
        self.predict.refresh_runs()

    def _on_run_opened(self, info) -> None:
        if (info.path / "best.pt").is_file():
            self.predict.select_source(info.path)  # its model then reaches the other tabs through modelChanged

    # -- the model chosen in Draw & predict -------------------------------------------------------------------
    def _on_model_chosen(self) -> None:
        predictor, meta = self.predict.predictor, self.predict.meta
        if self.window.is_training or predictor is None or not meta:
            return  # a run owns the views while it trains
        meta = {**meta, "num_classes": len(predictor.class_names)}
        self.inside.set_model(predictor.model, meta)
        root = self.window.config_panel.data_root()
        self.jobs.submit("views-test-split", lambda: load_test_split(meta, root),
                         lambda split: self.evaluate.set_model(predictor.model, meta, *split),
                         self._test_split_missing)

    def _test_split_missing(self, _message: str) -> None:
        """No test images on this computer yet (e.g. MNIST before its first download): say so in Evaluate."""
        meta = self.predict.meta or {}
        title = data.get_spec(meta["dataset"]).title if meta.get("dataset") in data.DATASETS else meta.get("dataset")
        self.evaluate.summary.setText(self.tr(
            "The {data} test images are not on this computer yet. Train once on {data} (it downloads them) or "
            "choose a data folder that holds them, and this tab shows how the model does.").format(data=title))

    def _on_drawing(self, image28) -> None:
        self._drawing = image28
        self.evaluate.set_drawing(image28)
        if image28 is not None and self.window.tabs.currentWidget() is self.inside:
            self.inside.set_input(image28)

    def _on_tab_changed(self, _index: int) -> None:
        """Inside the network works on the latest drawing once it is shown (no work while hidden)."""
        if self.window.tabs.currentWidget() is self.inside and self._drawing is not None:
            self.inside.set_input(self._drawing)

    def _input_for(self, meta: dict, test_x: torch.Tensor | None) -> np.ndarray | None:
        digit_like = meta["in_channels"] == 1 and meta["image_size"] == 28
        if digit_like and self._drawing is not None:
            return self._drawing
        return None if test_x is None or not len(test_x) else test_x[0].float().numpy() / 255

    def shutdown(self) -> None:
        self.predict.shutdown()
        self.jobs.shutdown()
