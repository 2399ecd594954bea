"""Costs of "see what it learned" (issue 21) on this CPU: the training timeline, the map and fooling the network.

1. A 5-epoch LeNet run on MNIST with the timeline (default budget) and without (timeline_mb=0): the wall time of
   each, the seconds spent inside timeline.save, and the snapshots' size against the budget (target: <= 10 %).
2. The map of 2,000 test images with PCA (target < 3 s) and with t-SNE (target < 30 s), using that run's network;
   the t-SNE the map used before (scikit-learn, 500 steps on PCA-50) on the same features, as the baseline.
3. One FGSM step and one 10-step PGD attack on one test digit (target: a step < 200 ms), and the smallest-strength
   search over its 50-strength grid.
Usage: uv run python bench/bench_explain.py [--subset 10000] [--threads 1]. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import time

from _env import prepare

TMP = prepare("bench-explain-")

import torch  # noqa: E402

from core import card, data, embedding, timeline  # noqa: E402
from core.adversarial import Attacker  # noqa: E402
from core.config import TrainConfig  # noqa: E402
from core.evaluate import Normalizer  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.trainer import Trainer  # noqa: E402


def timed_run(loaded, budget_mb: float, subset: int, threads: int):
    cfg = TrainConfig(arch="lenet", epochs=5, train_subset=subset, threads=threads, timeline_mb=budget_mb)
    start = time.perf_counter()
    run_dir = Trainer(cfg, lambda event: None, loaded=loaded, runs_root=TMP / "runs").run().run_dir
    return time.perf_counter() - start, run_dir


def sklearn_tsne_s(values) -> float:
    """The map's earlier t-SNE: scikit-learn's, 500 steps on the first 50 principal components, one thread."""
    from sklearn.manifold import TSNE

    start = time.perf_counter()
    reduced = embedding.pca(values, embedding.TSNE_PCA_DIMS).project(values)
    TSNE(2, perplexity=30.0, init="pca", random_state=0, learning_rate="auto", max_iter=500, n_jobs=1).fit_transform(
        reduced
    )
    return time.perf_counter() - start


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subset", type=int, default=10_000, help="training images (0 = all 60,000)")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    loaded = data.load("mnist", data_dir(), download=False)

    saved: list[float] = []
    real_save = timeline.save

    def counting_save(*a, **kw):
        start = time.perf_counter()
        real_save(*a, **kw)
        saved.append(time.perf_counter() - start)

    timeline.save = counting_save  # the run record calls it through the module
    without_s, _ = timed_run(loaded, 0.0, args.subset, args.threads)
    saved.clear()
    with_s, run_dir = timed_run(loaded, TrainConfig().timeline_mb, args.subset, args.threads)
    timeline.save = real_save
    snap_bytes = sum(p.stat().st_size for p in (run_dir / timeline.FOLDER).iterdir())
    print(f"5-epoch LeNet, {args.subset or 60000} images: {without_s:.1f} s without timeline, {with_s:.1f} s with")
    print(
        f"  timeline.save: {sum(saved):.3f} s in all = {100 * sum(saved) / with_s:.2f} % of the run; "
        f"{len(timeline.epochs(run_dir))} snapshots, {snap_bytes / 1e6:.2f} MB of {TrainConfig().timeline_mb} MB"
    )

    model, model_card = card.load_model(run_dir / "last.pt")
    model.eval()
    norm = Normalizer.of(model_card.mean, model_card.std)
    maps = {}
    for method in ("pca", "tsne"):
        start = time.perf_counter()
        built = embedding.build_map(model, loaded.test_x, loaded.test_y, norm, method)
        maps[method] = time.perf_counter() - start
        print(f"map of {embedding.MAP_SIZE} test images with {method}: {maps[method]:.2f} s")
    maps["sklearn"] = sklearn_tsne_s(built.features.values)
    print(f"  scikit-learn's t-SNE on the same features (the earlier map): {maps['sklearn']:.2f} s")

    attacker = Attacker(model, model_card.mean, model_card.std)
    digit = loaded.test_x[0].float() / 255
    fgsm_s = best_of(lambda: attacker.attack(digit, 0.1, "fgsm"))
    pgd_s = best_of(lambda: attacker.attack(digit, 0.1, "pgd"))
    search_s = best_of(lambda: attacker.smallest_change(digit, "pgd"), 2)
    print(f"fool it: FGSM {1000 * fgsm_s:.1f} ms, PGD (10 steps) {1000 * pgd_s:.1f} ms, PGD search {search_s:.2f} s")
    print(
        json.dumps(
            {
                "run_s_without_timeline": round(without_s, 2),
                "run_s_with_timeline": round(with_s, 2),
                "timeline_save_share": round(sum(saved) / with_s, 4),
                "timeline_mb": round(snap_bytes / 1e6, 3),
                "map_pca_s": round(maps["pca"], 2),
                "map_tsne_s": round(maps["tsne"], 2),
                "sklearn_tsne_s": round(maps["sklearn"], 2),
                "fgsm_ms": round(1000 * fgsm_s, 1),
                "pgd_ms": round(1000 * pgd_s, 1),
                "pgd_search_s": round(search_s, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
