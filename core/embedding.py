"""A map of what a network sees: its last hidden layer's features for a sample of test images, in two dimensions.

PCA (an exact SVD, signs fixed) is deterministic and takes well under a second; t-SNE (openTSNE) shows the
clusters better but takes seconds, so it runs on a task and can be cancelled between its steps. A new image (the
student's drawing) is placed on a finished map with ``FeatureMap.place``: PCA projects it exactly, t-SNE has no
projection, so the drawing goes to the mean position of its nearest neighbours in feature space.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from core.evaluate import Normalizer
from core.messages import MessageError
from core.messages import networks as networks_said
from core.registry import Registry
from core.tasks import check_cancel

MAP_SIZE = 2000  # test images on a map: enough for clusters, few enough for t-SNE in seconds
TSNE_PCA_DIMS = 50  # t-SNE on the first 50 principal components (the usual speed-up, same picture)
TSNE_REPORT_EVERY = 25  # t-SNE steps between progress reports (and checks for cancel)
NEIGHBOURS = 5  # a drawing on a t-SNE map sits at the mean of its 5 nearest neighbours
Progress = Callable[[int, int], None]
StageProgress = Callable[[int, int, str], None]  # (done, total, "images" | "projection")


def sample_indices(n_images: int, size: int = MAP_SIZE, seed: int = 0) -> np.ndarray:
    """The same ``size`` test images for the same ``seed`` on every machine, in increasing order."""
    gen = torch.Generator().manual_seed(seed)
    picked = torch.randperm(n_images, generator=gen)[: min(size, n_images)]
    return np.sort(picked.numpy())


class NoMapError(MessageError, ValueError):
    """A network whose test images cannot be mapped (it has no last hidden layer)."""


def last_hidden_layer(model: nn.Module) -> nn.Module:
    """The classifier's last Linear layer: its input is the last hidden layer (every recipe here ends in one)."""
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    if not linears:
        raise NoMapError(networks_said.NoLastHiddenLayer())
    return linears[-1]


@dataclass(frozen=True)
class Features:
    values: np.ndarray  # float32 [N, D]: the last hidden layer
    predicted: np.ndarray  # int64 [N]
    confidence: np.ndarray  # float32 [N]: probability of the predicted class


@torch.inference_mode()
def features(
    model: nn.Module,
    images: torch.Tensor,
    norm: Normalizer,
    batch_size: int = 500,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> Features:
    """The last hidden layer of ``model`` (in eval mode) for uint8 ``images`` [N, C, H, W]; cancellable per batch."""
    layer, kept = last_hidden_layer(model), []
    hook = layer.register_forward_pre_hook(lambda _m, inputs: kept.append(inputs[0].flatten(1).float().cpu()))
    device = next(model.parameters()).device
    logits = []
    try:
        for start in range(0, len(images), batch_size):
            check_cancel(cancel)
            logits.append(model(norm(images[start : start + batch_size].to(device))).float().cpu())
            if progress is not None:
                progress(min(start + batch_size, len(images)), len(images))
    finally:
        hook.remove()
    probs = torch.cat(logits).softmax(1)
    conf, pred = probs.max(1)
    return Features(torch.cat(kept).numpy(), pred.numpy(), conf.numpy())


@dataclass(frozen=True)
class Pca:
    """The first principal axes of a set of features: ``project`` puts any feature vector on them."""

    mean: np.ndarray  # [D]
    axes: np.ndarray  # [k, D], unit rows

    def project(self, values: np.ndarray) -> np.ndarray:
        return ((np.asarray(values, np.float64) - self.mean) @ self.axes.T).astype(np.float32)


def pca(values: np.ndarray, dims: int = 2) -> Pca:
    """Exact SVD in float64 (randomised PCA would differ run to run); each axis's largest loading made positive."""
    x = torch.as_tensor(np.asarray(values), dtype=torch.float64)
    mean = x.mean(0)
    # torch's SVD keeps to torch's thread count; numpy's BLAS took 10x longer on a busy shared CPU
    _, _, vt = torch.linalg.svd(x - mean, full_matrices=False)
    axes = vt[:dims]
    signs = torch.sign(axes[torch.arange(len(axes)), axes.abs().argmax(1)])
    return Pca(mean.numpy(), (axes * signs[:, None]).numpy())


def _pca_points(
    values: np.ndarray, seed: int, cancel: threading.Event | None, progress: Progress | None
) -> tuple[np.ndarray, Pca]:
    projection = pca(values)
    return projection.project(values), projection


@dataclass(frozen=True)
class TsneSettings:
    """openTSNE's knobs that set the map's time; ``bench/bench_tsne.py`` compares them (docs/results.md)."""

    # 125 + 175 steps and perplexity 20 instead of 250 + 250 and 30: 0.55x the CPU time, the same kNN accuracy
    # and trustworthiness on the 2-D points (bench/bench_tsne.py); the FFT gradient took 2.1-2.3x
    exaggerated_steps: int = 125  # early exaggeration: the classes pull apart
    free_steps: int = 175  # then they settle
    theta: float = 0.8  # Barnes-Hut's accuracy: 0.8 instead of 0.5 took 40 % off the time, the same groups
    perplexity: float = 20.0  # about the neighbours each point keeps close (3x that many are searched)
    gradient: str = "bh"  # "bh" (Barnes-Hut) | "fft" (pays from ~10,000 points)

    @property
    def steps(self) -> int:
        return self.exaggerated_steps + self.free_steps


TSNE = TsneSettings()


def tsne_points(
    values: np.ndarray,
    seed: int,
    cancel: threading.Event | None,
    progress: Progress | None,
    settings: TsneSettings = TSNE,
) -> tuple[np.ndarray, None]:
    """openTSNE (exact neighbours): its callbacks report progress and stop it when cancelled."""
    from openTSNE import TSNE as OpenTsne  # imported here: only this slower map needs it

    reduced = values
    if values.shape[1] > TSNE_PCA_DIMS:
        reduced = pca(values, TSNE_PCA_DIMS).project(values)
    check_cancel(cancel)
    done = [0]

    def step(_iteration: int, _error: float, _embedding) -> bool:
        check_cancel(cancel)  # TaskCancelled goes through openTSNE's optimiser
        done[0] += TSNE_REPORT_EVERY
        if progress is not None:
            progress(min(done[0], settings.steps), settings.steps)
        return False

    tsne = OpenTsne(
        2,
        # t-SNE refuses a perplexity >= the point count
        perplexity=min(settings.perplexity, max(2.0, (len(values) - 1) / 3)),
        early_exaggeration_iter=settings.exaggerated_steps,
        n_iter=settings.free_steps,
        neighbors="exact",  # 2,000 points: exact is 5x faster than the approximate index, and deterministic
        negative_gradient_method=settings.gradient,
        theta=settings.theta,
        initialization="pca",
        random_state=seed,
        n_jobs=1,
        callbacks=step,
        callbacks_every_iters=TSNE_REPORT_EVERY,
    )
    return np.asarray(tsne.fit(np.ascontiguousarray(reduced, np.float64)), np.float32), None


# name -> (features, seed, cancel, progress) -> (points [N, 2], the projection for new points or None)
PROJECTIONS: Registry[Callable] = Registry("map projection")
PROJECTIONS.add("pca", _pca_points)
PROJECTIONS.add("tsne", tsne_points)


@dataclass(frozen=True)
class FeatureMap:
    method: str
    indices: np.ndarray  # int64 [N]: which test images
    labels: np.ndarray  # int64 [N]: their true classes
    features: Features
    points: np.ndarray  # float32 [N, 2]
    projection: Pca | None  # PCA maps project new points exactly

    @property
    def misclassified(self) -> np.ndarray:
        """bool [N]: the images the network gets wrong."""
        return self.features.predicted != self.labels

    def place(self, values: np.ndarray) -> np.ndarray:
        """Where feature vectors [M, D] (e.g. of a drawing) go on this map: [M, 2]."""
        values = np.atleast_2d(np.asarray(values, np.float32))
        if self.projection is not None:
            return self.projection.project(values)
        dist = ((values[:, None, :] - self.features.values[None, :, :]) ** 2).sum(-1)
        nearest = np.argsort(dist, axis=1)[:, :NEIGHBOURS]
        return self.points[nearest].mean(1)


def build_map(
    model: nn.Module,
    images: torch.Tensor,
    labels: torch.Tensor,
    norm: Normalizer,
    method: str = "pca",
    size: int = MAP_SIZE,
    seed: int = 0,
    cancel: threading.Event | None = None,
    progress: StageProgress | None = None,
) -> FeatureMap:
    """The map of ``size`` test images (uint8 ``images``, their ``labels``) as ``model`` sees them.

    ``progress(done, total, stage)`` counts the images through the network (stage "images"), then the
    projection's steps (stage "projection")."""
    project = PROJECTIONS.get(method)
    indices = sample_indices(len(images), size, seed)
    chosen = torch.as_tensor(indices)
    staged = (lambda stage: lambda d, t: progress(d, t, stage)) if progress is not None else (lambda _stage: None)
    feats = features(model, images[chosen], norm, cancel=cancel, progress=staged("images"))
    check_cancel(cancel)
    points, projection = project(feats.values, seed, cancel, staged("projection"))
    check_cancel(cancel)
    return FeatureMap(method, indices, labels[chosen].numpy().astype(np.int64), feats, points, projection)
