"""What a confusion cell's "why this and not that" maps cost (issue 21, item 4), bundled digit model on MNIST.

A full cell (300 images, Evaluate's limit) and the bundled model's largest mistake cell: the task's part (the
maps, batched, and the side-by-side pictures) and the GUI thread's part (the pictures turned into the gallery's
icons), median of 5. Usage: uv run python bench/bench_cell_maps.py. The last line is JSON.
"""

from __future__ import annotations

import json
import sys
import time

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import prepare  # noqa: E402

prepare("bench-cell-maps-")

import numpy as np  # noqa: E402

from core import analysis, card, data  # noqa: E402
from core.evaluate import Normalizer, evaluate  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.predict_files import BUNDLED_MODEL  # noqa: E402
from core.why_not import evidence_maps  # noqa: E402
from gui.app import create_app  # noqa: E402
from gui.evaluate.cell_gallery import CellGallery, picture_with_map  # noqa: E402
from gui.widgets.image_gallery import GalleryItem  # noqa: E402

LIMIT = 300


def median_ms(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * float(np.median(times))


def measure_cell(model, norm, images, items, true: int, answer: int) -> dict:
    against = None if true == answer else true
    maps = evidence_maps(model, images, norm, answer, against)
    task_ms = median_ms(lambda: evidence_maps(model, images, norm, answer, against))
    pictures = [picture_with_map(i, m) for i, m in zip(images.numpy(), maps)]
    pictures_ms = median_ms(lambda: [picture_with_map(i, m) for i, m in zip(images.numpy(), maps)])
    gallery = CellGallery()
    gallery.set_images("cell", images.numpy(), items, [str(c) for c in range(10)])
    gui_ms = median_ms(lambda: gallery.set_pictures(pictures))
    return {
        "images": len(items),
        "task_maps_ms": round(task_ms, 1),
        "task_pictures_ms": round(pictures_ms, 1),
        "gui_icons_ms": round(gui_ms, 1),
    }


def main() -> int:
    app = create_app(sys.argv)  # noqa: F841 - the gallery needs the application
    torch.set_num_threads(1)
    loaded = data.load("mnist", data_dir(), download=False)
    model, model_card = card.load_model(BUNDLED_MODEL)
    model.eval()
    norm = Normalizer.of(model_card.mean, model_card.std)
    scores = evaluate(model, loaded.test_x, loaded.test_y, norm, batch_size=500)
    y, pred, conf = loaded.test_y.numpy(), scores.pred.numpy(), scores.conf.numpy()
    cm = analysis.confusion_matrix(y, pred, 10)
    np.fill_diagonal(cm, 0)
    t, p = divmod(int(cm.argmax()), 10)
    cells = {"diagonal (1, 1)": (1, 1), f"mistake ({t}, {p})": (t, p)}
    result = {}
    for name, (true, answer) in cells.items():
        idx = analysis.cell_members(y, pred, conf, true, answer)[:LIMIT]
        items = [GalleryItem(int(i), int(y[i]), int(pred[i]), float(conf[i])) for i in idx]
        result[name] = measure_cell(model, norm, loaded.test_x[torch.as_tensor(idx)], items, true, answer)
        print(f"{name}: {result[name]}", flush=True)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
