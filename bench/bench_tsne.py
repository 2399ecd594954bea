"""Which openTSNE settings make the map of 2,000 MNIST test images fastest without blurring its classes (issue 21).

The last hidden layer for the map's 2,000 test images of two networks: the bundled digit model and a LeNet
trained here for one epoch on 10,000 images (less tidy clusters, slower t-SNE). Then t-SNE with each candidate
setting, in one process, in interleaved rounds. The machine's load drifts (wall times of one setting varied 4x
here), so the cost compared is the process's CPU seconds (t-SNE runs on one thread: on an idle machine its wall
time); wall seconds are kept too. Each setting's fewest CPU seconds, and that as a ratio to the current setting's.
Quality, on the 2-D points: the leave-one-out accuracy of a 10-nearest-neighbour vote on the true classes (do
the classes stay apart?) and scikit-learn's trustworthiness (k=10: are a point's map neighbours its neighbours
in feature space?); both are deterministic (seed 0).
Usage: uv run python bench/bench_tsne.py [--rounds 2] [--threads 1]. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, replace

from _env import prepare

TMP = prepare("bench-tsne-")

import numpy as np  # noqa: E402
import torch  # noqa: E402

from core import card, data, embedding  # noqa: E402
from core.config import TrainConfig  # noqa: E402
from core.evaluate import Normalizer  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.predict_files import BUNDLED_MODEL  # noqa: E402
from core.trainer import Trainer  # noqa: E402

K = 10
CURRENT = embedding.TsneSettings(exaggerated_steps=250, free_steps=250, theta=0.8, perplexity=30.0, gradient="bh")
CANDIDATES = {
    "fft": replace(CURRENT, gradient="fft"),
    "125+250": replace(CURRENT, exaggerated_steps=125),
    "125+250 perplexity 20": replace(CURRENT, exaggerated_steps=125, perplexity=20.0),
    "125+175 perplexity 20": replace(CURRENT, exaggerated_steps=125, free_steps=175, perplexity=20.0),
    "100+150 perplexity 20": replace(CURRENT, exaggerated_steps=100, free_steps=150, perplexity=20.0),
}


def knn_accuracy(points: np.ndarray, labels: np.ndarray, k: int = K) -> float:
    """Leave-one-out accuracy of a k-nearest-neighbour majority vote."""
    from sklearn.neighbors import NearestNeighbors

    _, idx = NearestNeighbors(n_neighbors=k + 1).fit(points).kneighbors(points)
    votes = labels[idx[:, 1:]]
    guess = np.array([np.bincount(v, minlength=labels.max() + 1).argmax() for v in votes])
    return float((guess == labels).mean())


def measure(settings, values: np.ndarray, labels: np.ndarray) -> dict:
    from sklearn.manifold import trustworthiness

    start, cpu = time.perf_counter(), time.process_time()
    points, _ = embedding.tsne_points(values, 0, None, None, settings)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    knn, trust = knn_accuracy(points, labels), float(trustworthiness(values, points, n_neighbors=K))
    return {"cpu_s": round(cpu, 2), "wall_s": round(seconds, 2), "knn": round(knn, 4), "trust": round(trust, 4)}


def map_features(model, model_card, loaded):
    """The last hidden layer and true classes of the map's 2,000 test images."""
    model.eval()
    idx = torch.as_tensor(embedding.sample_indices(len(loaded.test_x)))
    norm = Normalizer.of(model_card.mean, model_card.std)
    values = embedding.features(model, loaded.test_x[idx], norm).values
    return values, loaded.test_y[idx].numpy().astype(np.int64)


def networks(loaded):
    yield "bundled", *card.load_model(BUNDLED_MODEL)
    cfg = TrainConfig(arch="lenet", epochs=1, train_subset=10_000, threads=torch.get_num_threads(), timeline_mb=0)
    run_dir = Trainer(cfg, lambda event: None, loaded=loaded, runs_root=TMP / "runs").run().run_dir
    yield "lenet-1-epoch", *card.load_model(run_dir / "last.pt")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    loaded = data.load("mnist", data_dir(), download=False)
    settings = {"current 250+250": CURRENT, **CANDIDATES}
    rows = []
    for net, model, model_card in networks(loaded):
        values, labels = map_features(model, model_card, loaded)
        print(f"{net}: {values.shape[1]} features, kNN in feature space {knn_accuracy(values, labels):.4f}", flush=True)
        runs: dict[str, list[dict]] = {name: [] for name in settings}
        for _ in range(args.rounds):
            for name, s in settings.items():
                runs[name].append(measure(s, values, labels))
                print(f"  {name:24s} {runs[name][-1]}", flush=True)
        base = min(r["cpu_s"] for r in runs["current 250+250"])
        for name, s in settings.items():
            best = min(r["cpu_s"] for r in runs[name])
            wall = min(r["wall_s"] for r in runs[name])
            row = {"network": net, "name": name, "best_cpu_s": best, "best_wall_s": wall, **runs[name][0]}
            row["ratio"] = round(best / base, 3)
            rows.append({**row, **asdict(s)})
            print(
                f"{net:14s} {name:24s} CPU {best:6.2f} s = {row['ratio']:.2f}x (wall {wall:6.2f} s)  "
                f"kNN {row['knn']:.4f}  trustworthiness {row['trust']:.4f}"
            )
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
