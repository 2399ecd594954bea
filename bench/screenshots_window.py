"""Screenshots of every tab of the main window (offscreen, 1400x900) around a real MNIST run.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_window.py [--out docs/screenshots]

Writes app_start.png (first launch: welcome panel, settings, layer table, training samples), app_during.png
(mid-run: curves growing, predictions after epoch 2), app_trained.png (finished run), app_draw.png (a digit
drawn on the canvas, read by the run's network), app_evaluate.png, app_inside.png (the same network on that
drawing) and app_failed.png (a diverged run explained in the message bar).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_")

from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from gui.app import create_app  # noqa: E402

RUN = dict(
    dataset="mnist",
    arch="lenet",
    epochs=4,
    batch_size=64,
    train_subset=12000,
    lr=2e-3,
    optimizer="adam",
    schedule="cosine",
)


def shot(win, path: Path) -> None:
    win.train.plots.flush()
    win.grab().save(str(path))
    print("wrote", path)


def draw_three(canvas) -> None:
    """A '3' in two strokes, drawn with real mouse events."""
    w, h = canvas.width(), canvas.height()
    for stroke in (
        [(0.32, 0.2), (0.6, 0.18), (0.66, 0.32), (0.45, 0.48)],
        [(0.45, 0.48), (0.68, 0.62), (0.6, 0.82), (0.3, 0.8)],
    ):
        points = [QPoint(int(x * w), int(y * h)) for x, y in stroke]
        QTest.mousePress(canvas, Qt.LeftButton, Qt.NoModifier, points[0])
        for a, b in zip(points, points[1:]):
            for k in range(1, 9):
                QTest.mouseMove(canvas, a + (b - a) * (k / 8))
        QTest.mouseRelease(canvas, Qt.LeftButton, Qt.NoModifier, points[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "screens.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1400, 900)
    win.show()
    win.config_panel.set_values(RUN)
    pump(app, lambda: win.train.samples.samples is not None and win.config_panel.summary.summary is not None)
    shot(win, args.out / "app_start.png")  # a first launch: with the welcome panel
    win.classroom.welcome.dismiss()  # the other screens as after "Got it"

    ended, started = [], []
    win.state.runFinished.connect(ended.append)
    win.state.runStarted.connect(started.append)
    win.train.buttons["start"].click()
    pump(app, lambda: started)
    pump(app, lambda: len(win.train.plots.batch_buf) >= 2.5 * started[0].batches_per_epoch)  # half-way through epoch 3
    pump(app, lambda: False, 0.3)  # the progress line shows the latest batch within 0.1 s
    shot(win, args.out / "app_during.png")
    pump(app, lambda: ended, 300)
    pump(app, lambda: False, 0.3)
    shot(win, args.out / "app_trained.png")

    pump(app, lambda: win.state.model is not None and win.state.model.card.epoch == RUN["epochs"])
    win.tabs.setCurrentWidget(win.predict)
    pump(app, lambda: False, 0.3)
    draw_three(win.predict.draw_view.canvas)
    pump(app, lambda: False, 0.5)
    shot(win, args.out / "app_draw.png")
    win.tabs.setCurrentWidget(win.evaluate)
    pump(app, lambda: win.evaluate.cm is not None)
    pump(app, lambda: False, 0.5)
    shot(win, args.out / "app_evaluate.png")
    shown = []
    win.inside.inputShown.connect(lambda: shown.append(1))
    win.tabs.setCurrentWidget(win.inside)
    pump(app, lambda: shown and win.inside.weights.histograms)
    pump(app, lambda: False, 0.5)
    shot(win, args.out / "app_inside.png")
    win.tabs.setCurrentWidget(win.train)

    ended.clear()
    win.config_panel.set_values(dict(optimizer="sgd", lr=100.0, momentum=0.0, epochs=1))
    win.train.buttons["start"].click()
    pump(app, lambda: ended, 120)
    pump(app, lambda: False, 0.3)
    shot(win, args.out / "app_failed.png")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
