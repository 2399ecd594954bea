"""Looking inside a network on one image: feature maps (forward hooks) and saliency
(Grad-CAM on the last conv layer, or the input gradient for networks without convolutions).

Plain torch/numpy (no Qt). The model should be a copy the caller owns, in eval mode.
"""

from __future__ import annotations

from collections import OrderedDict
import weakref
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from core.tensors import first_tensor

MIN_CAM_SIDE = 3  # Grad-CAM on a 1x1 or 2x2 map says nothing about *where*: use an earlier layer then


def conv_layers(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """The model's conv layers / blocks in forward order (``feature_layers``, else every Conv2d)."""
    layers = getattr(model, "feature_layers", None)
    if layers is None:
        layers = [(n, m) for n, m in model.named_modules() if isinstance(m, nn.Conv2d)]
    return list(layers)


def to_input(
    image: np.ndarray | torch.Tensor, mean: Sequence[float], std: Sequence[float], image_size: int | None = None
) -> torch.Tensor:
    """An image in 0..1 (HxW, CxHxW or HxWxC) -> normalised [1, C, S, S] for the network.

    Grey images are repeated for 3-channel networks (colour ones averaged for grey networks), and
    resized (bilinear) when the network expects another size, so a 28x28 drawing fits a CIFAR net.
    """
    x = torch.as_tensor(np.asarray(image, dtype=np.float32))
    if x.ndim == 2:
        x = x.unsqueeze(0)
    elif x.ndim == 3 and x.shape[-1] in (1, 3) and x.shape[0] not in (1, 3):
        x = x.permute(2, 0, 1)
    if x.ndim != 3:
        raise ValueError(f"Expected one image (HxW or CxHxW), got shape {tuple(x.shape)}.")
    channels = len(mean)
    if x.shape[0] != channels:
        x = x.mean(0, keepdim=True).expand(channels, -1, -1) if channels in (1, 3) else x
    x = x.unsqueeze(0)
    if image_size and tuple(x.shape[-2:]) != (image_size, image_size):
        x = F.interpolate(x, size=(image_size, image_size), mode="bilinear", align_corners=False).clamp_(0, 1)
    m = torch.tensor(mean, dtype=torch.float32).view(1, -1, 1, 1)
    s = torch.tensor(std, dtype=torch.float32).view(1, -1, 1, 1)
    return ((x - m) / s).contiguous()


def _run_hooked(model: nn.Module, x: torch.Tensor, layers: Iterable[tuple[str, nn.Module]]):
    """Forward ``x`` once, keeping each layer's output: (OrderedDict name -> output [1, C, H, W], logits)."""
    outputs: OrderedDict[str, torch.Tensor] = OrderedDict()
    hooks = []
    for name, module in layers:

        def hook(_m, _i, out, name=name):
            t = first_tensor(out)
            if t is not None and t.ndim == 4:
                outputs[name] = t

        hooks.append(module.register_forward_hook(hook))
    try:
        logits = model(x)
    finally:
        for h in hooks:
            h.remove()
    return outputs, logits


def feature_maps(model: nn.Module, x: torch.Tensor, names: Iterable[str] | None = None):
    """(OrderedDict layer name -> activations [C, H, W] of image ``x`` [1, C, H, W], class probabilities [K]).

    ``names``: any module names of the model (default: its conv layers); layers whose output is not an
    image-shaped tensor are left out."""
    if names is None:
        layers = conv_layers(model)
    else:
        modules = dict(model.named_modules())
        layers = [(n, modules[n]) for n in names if n in modules]
    with torch.inference_mode():
        outputs, logits = _run_hooked(model, x, layers)
    maps = OrderedDict((n, o[0].float()) for n, o in outputs.items())
    return maps, logits[0].float().softmax(0)


@dataclass(frozen=True)
class Saliency:
    heat: dict[int, np.ndarray]  # class -> HxW in 0..1 over the input; always has the predicted class
    probs: np.ndarray  # [K]
    method: str  # "grad-cam" | "input-gradient"
    layer: str | None  # the layer Grad-CAM looked at
    maps: "OrderedDict[str, torch.Tensor]" = field(default_factory=OrderedDict, repr=False)  # [C, H, W] per layer
    peak: dict[int, float] = field(default_factory=dict)  # class -> the map's maximum before scaling to 0..1

    def relative(self, c: int) -> np.ndarray:
        """Class ``c``'s map on the predicted class's scale (so weak evidence stays dark)."""
        top = self.peak.get(self.predicted, 0.0)
        return self.heat[c] * (min(1.0, self.peak.get(c, 0.0) / top) if top > 0 else 0.0)

    @property
    def predicted(self) -> int:
        return int(self.probs.argmax())


def _normalise(heat: torch.Tensor) -> np.ndarray:
    heat = heat.detach().float()
    top = float(heat.max())
    return (heat / top if top > 0 else torch.zeros_like(heat)).numpy()


def cam_layer(outputs: "OrderedDict[str, torch.Tensor]") -> str | None:
    """The last layer whose maps are at least MIN_CAM_SIDE wide (the very last one if none is)."""
    names = list(outputs)
    for name in reversed(names):
        if min(outputs[name].shape[-2:]) >= MIN_CAM_SIDE:
            return name
    return names[-1] if names else None


_GEOMETRY: "weakref.WeakKeyDictionary[nn.Module, dict]" = weakref.WeakKeyDictionary()


def _support_centre(g: torch.Tensor) -> tuple[float, float, bool]:
    """Centre (y, x) of the non-zero area of an input gradient [C, H, W]; and whether it is clipped on both sides."""
    mask = g.abs().sum(0) > 0
    rows, cols = torch.nonzero(mask.any(1)).flatten(), torch.nonzero(mask.any(0)).flatten()
    if not len(rows) or not len(cols):
        return float("nan"), float("nan"), True
    h, w = mask.shape
    clipped = bool((rows[0] == 0 and rows[-1] == h - 1) or (cols[0] == 0 and cols[-1] == w - 1))
    return (float(rows[0] + rows[-1]) / 2, float(cols[0] + cols[-1]) / 2, clipped)


def layer_geometry(model: nn.Module, module: nn.Module, x: torch.Tensor) -> tuple[float, float, float, float] | None:
    """Where the layer's map pixels sit on the input: (y0, step_y, x0, step_x) so that map pixel (i, j)
    is centred on input pixel (y0 + step_y * i, x0 + step_x * j). Found once per layer and input shape
    from the receptive fields of two map pixels (the centre of the input area each one sees).
    None when the receptive fields cover the whole input (then the map is simply stretched)."""
    key = tuple(x.shape[1:])
    cache = _GEOMETRY.setdefault(module, {})
    if key in cache:
        return cache[key]
    # several random probes: max pooling passes gradients to one input per window, so one probe can miss the
    # edge of a receptive field; their union does not
    probe = torch.randn((8, *key), generator=torch.Generator().manual_seed(0))
    store: dict[str, torch.Tensor] = {}
    handle = module.register_forward_hook(lambda _m, _i, out: store.setdefault("a", first_tensor(out)))
    try:
        with torch.enable_grad():
            xin = probe.requires_grad_(True)
            model(xin)
            act = store["a"]
            h, w = act.shape[-2:]
            result = None
            if h >= 2 and w >= 2:
                (i0, j0), (i1, j1) = (h // 4, w // 4), (h - 1 - h // 4, w - 1 - w // 4)
                if i1 == i0 or j1 == j0:
                    (i0, j0), (i1, j1) = (0, 0), (h - 1, w - 1)
                (g0,) = torch.autograd.grad(act[:, :, i0, j0].sum(), xin, retain_graph=True)
                (g1,) = torch.autograd.grad(act[:, :, i1, j1].sum(), xin)
                y0, x0, c0 = _support_centre(g0.abs().sum(0))
                y1, x1, c1 = _support_centre(g1.abs().sum(0))
                if not (c0 or c1):
                    sy, sx = (y1 - y0) / (i1 - i0), (x1 - x0) / (j1 - j0)
                    if sy > 0 and sx > 0:
                        result = (y0 - sy * i0, sy, x0 - sx * j0, sx)
    finally:
        handle.remove()
    cache[key] = result
    return result


def _to_input_grid(cam: torch.Tensor, size: tuple[int, int], geometry) -> torch.Tensor:
    """Resample a map [1, 1, h, w] onto the input's pixels, each map pixel at its receptive field's centre."""
    h, w = cam.shape[-2:]
    if geometry is None or h < 2 or w < 2:
        return F.interpolate(cam, size=size, mode="bilinear", align_corners=False)
    y0, sy, x0, sx = geometry
    iy = (torch.arange(size[0], dtype=torch.float32) - y0) / sy  # map coordinates of input pixels
    ix = (torch.arange(size[1], dtype=torch.float32) - x0) / sx
    gy, gx = torch.meshgrid(iy / (h - 1) * 2 - 1, ix / (w - 1) * 2 - 1, indexing="ij")
    grid = torch.stack([gx, gy], -1)[None]
    return F.grid_sample(cam, grid, mode="bilinear", padding_mode="zeros", align_corners=True)


def inspect(
    model: nn.Module,
    x: torch.Tensor,
    classes: int | Sequence[int] | None = None,
    layer: str | None = None,
    method: str = "hires",
    blank: torch.Tensor | None = None,
) -> Saliency:
    """One forward pass for every layer's feature maps, then a class-activation map for each class asked for.

    The predicted class always gets a map; ``classes`` adds others ("why not a 9?"). The map looks at the
    last conv layer A (see cam_layer) and what the image added to it compared with a blank (all-black) image, A - A0:
    "grad-cam" (Selvaraju et al. 2017) weighs each channel by its mean gradient dS/dA;
    "hires" (HiResCAM, Draelos & Carin 2020) weighs each position by its own gradient, a first-order
    estimate of how much the ink seen there raised the class score S. Both keep the positive part and
    are placed on the input at each map pixel's receptive-field centre. Networks without conv layers
    get the absolute input gradient ("input-gradient"). ``blank``: the normalised black image
    (default: blank_like(x); pass to_input(zeros, mean, std) when the normalisation is known).
    """
    if method not in ("hires", "grad-cam"):
        raise ValueError(f"Unknown saliency method {method!r}.")
    layers = conv_layers(model)
    blank = blank_like(x) if blank is None else blank.detach().reshape(x[:1].shape)
    with torch.enable_grad():
        xin = torch.cat([x.detach()[:1], blank]).requires_grad_(True)
        outputs, logits = _run_hooked(model, xin, layers)
        logits = logits[0].float()
        probs = logits.detach().softmax(0).numpy()
        extra = [] if classes is None else ([classes] if isinstance(classes, int) else list(classes))
        wanted = [int(probs.argmax())] + [int(c) for c in extra if int(c) != int(probs.argmax())]
        name = layer if layer in outputs else cam_layer(outputs)
        heat: dict[int, np.ndarray] = {}
        raw: dict[int, torch.Tensor] = {}
        for i, c in enumerate(wanted):
            keep = i < len(wanted) - 1
            if name is not None:
                act = outputs[name]
                (grad,) = torch.autograd.grad(logits[c], act, retain_graph=keep)
                grad, delta = grad[:1], (act[:1] - act[1:]).detach()
                weights = grad if method == "hires" else grad.mean(dim=(2, 3), keepdim=True)
                raw[c] = F.relu((weights * delta).sum(1, keepdim=True)).detach()
            else:
                (grad,) = torch.autograd.grad(logits[c], xin, retain_graph=keep)
                raw[c] = grad[:1].abs().amax(1, keepdim=True)
    geometry = layer_geometry(model, dict(layers)[name], x[:1]) if name is not None else None
    peak: dict[int, float] = {}
    for c, r in raw.items():
        placed = _to_input_grid(r, tuple(x.shape[-2:]), geometry) if name is not None else r
        peak[c] = float(placed.max())
        heat[c] = _normalise(placed[0, 0])
    maps = OrderedDict((n, o[0].detach().float()) for n, o in outputs.items())
    return Saliency(heat, probs, method if name is not None else "input-gradient", name, maps, peak)


def blank_like(x: torch.Tensor) -> torch.Tensor:
    """A guess at the normalised all-black image shaped like ``x`` [1, C, H, W]: x's darkest value per channel."""
    return x.detach()[:1].amin(dim=(2, 3), keepdim=True).expand_as(x[:1]).clone()


def grad_cam(
    model: nn.Module,
    x: torch.Tensor,
    target: int | None = None,
    layer: str | None = None,
    method: str = "grad-cam",
    blank: torch.Tensor | None = None,
) -> np.ndarray:
    """Class-activation heat [H, W] in 0..1 for class ``target`` (default: the predicted class); see inspect."""
    s = inspect(model, x, target, layer, method, blank)
    return s.heat[s.predicted if target is None else target]


def input_gradient(model: nn.Module, x: torch.Tensor, target: int | None = None) -> np.ndarray:
    """|d score / d pixel|, max over channels, in 0..1: the saliency of any network, conv or not."""
    with torch.enable_grad():
        xin = x.detach().clone().requires_grad_(True)
        logits = model(xin)[0]
        c = int(logits.argmax()) if target is None else target
        (grad,) = torch.autograd.grad(logits[c], xin)
    return _normalise(grad[0].abs().amax(0))
