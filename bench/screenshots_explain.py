"""Screenshots of "see what it learned" (issue 21) at 1024x768 in projector mode, in English or Chinese.

    uv run python bench/screenshots_explain.py [--lang zh_CN] [--out docs/screenshots] [--cell-only]

Trains a 3-epoch LeNet on 6,000 MNIST images, opens it, draws a digit (a test image), and writes
explain_map_LANG.png (PCA map, mistakes highlighted, a selected image, the drawing's star), explain_cell_LANG.png
(Evaluate: the largest mistake cell's images, each beside its "why this and not that" map), explain_tsne_LANG.png,
explain_fool_LANG.png (PGD, "make it say 8") and explain_timeline_LANG.png (Inside at epoch 1 of the timeline).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("explain_shots_")

import numpy as np  # noqa: E402
from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtWidgets import QScrollArea  # noqa: E402

from gui.app import create_app  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--cell-only", action="store_true", help="stop after the map and the cell shots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    from core import data
    from core.config import TrainConfig
    from core.paths import data_dir, runs_dir
    from core.trainer import Trainer
    from gui.i18n import language
    from gui.main_window import MainWindow

    loaded = data.load("mnist", data_dir(), download=False)
    cfg = TrainConfig(arch="lenet", epochs=3, train_subset=6000, threads=1)
    run_dir = Trainer(cfg, lambda event: None, loaded=loaded, runs_root=runs_dir()).run().run_dir
    if args.lang != "en":
        language().install(args.lang)
    win = MainWindow(QSettings(str(TMP / "shots.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    pump(app, lambda: win.state.model is not None, 60)
    win.classroom.welcome.dismiss()
    state, inside = win.state, win.inside
    pump(app, lambda: state.test_images is not None, 60)
    state.open_run(run_dir)
    pump(app, lambda: state.model is not None and state.model.source.path == run_dir, 60)
    win.tabs.setCurrentWidget(inside)
    inside.tabs.setCurrentWidget(inside.map_panel)
    panel = inside.map_panel
    pump(app, lambda: panel.fmap is not None and panel.fmap.method == "pca", 120)
    state.set_drawing(loaded.test_x[18][0].numpy().astype("float32") / 255)  # a "3" as if drawn
    panel.mistakes.setChecked(True)
    state.show_test_image(int(panel.fmap.indices[40]))
    pump(app, lambda: False, 3)
    suffix = args.lang.split("_")[0]
    shots = []

    def shot(name: str) -> None:
        path = args.out / f"explain_{name}_{suffix}.png"
        win.grab().save(str(path))
        shots.append(path)

    shot("map")
    show_cell(app, win)
    shot("cell")
    if args.cell_only:
        return finish(win, shots)
    win.tabs.setCurrentWidget(inside)
    panel.method.setCurrentIndex(panel.method.findData("tsne"))
    pump(app, lambda: panel.fmap is not None and panel.fmap.method == "tsne", 300)
    pump(app, lambda: False, 2)
    shot("tsne")
    fool = inside.fool_panel
    inside.tabs.setCurrentWidget(fool)
    fool.method.setCurrentIndex(fool.method.findData("pgd"))
    fool.target.setCurrentIndex(fool.target.findData(8))
    fool.strength.setValue(12)
    pump(app, lambda: fool.result is not None and fool.result.chosen.strength == 0.12, 60)
    pump(app, lambda: False, 2)
    shot("fool")
    inside.tabs.setCurrentWidget(inside.filters.parentWidget())
    inside.timeline.show_epoch(1)
    pump(app, lambda: state.model.card.epoch == 1, 60)
    pump(app, lambda: False, 4)
    shot("timeline")
    return finish(win, shots)


def show_cell(app, win) -> None:
    """Evaluate with the largest mistake cell clicked, once its maps are on show."""
    evaluate = win.evaluate
    win.tabs.setCurrentWidget(evaluate)
    pump(app, lambda: evaluate.cm is not None, 120)
    mistakes = evaluate.cm.copy()
    np.fill_diagonal(mistakes, 0)
    evaluate.show_cell(*divmod(int(mistakes.argmax()), len(mistakes)))
    pump(app, lambda: evaluate.cell_gallery.maps is not None, 60)
    pump(app, lambda: False, 1)
    scroll = evaluate.findChild(QScrollArea, "EvaluateViewScroll")  # gui.widgets.scroll_page.scroll_inside
    if scroll is not None:  # projector mode at 1024x768 scrolls Evaluate: the gallery to the top, as a user would
        top = evaluate.cell_gallery.header.mapTo(scroll.widget(), QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(top - 8)
        pump(app, lambda: False, 0.5)
    print("scrolled" if scroll is not None else "no scroll area")


def finish(win, shots) -> int:
    win.close()
    win.wait_for_tasks()
    for path in shots:
        print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
