"""The pieces of the code behind a run that depend on its settings: optimizer, schedule, augmentation, init.

Each is a registry from the setting's value to the code that does the same as the app (core.optim,
core.augment, core.archs._layers.apply_init), written for a reader: plain PyTorch with a comment or two.
"""

from __future__ import annotations

from core.augment import AUGMENTATIONS
from core.config import TrainConfig

OPTIMIZER_CODE = {
    "sgd": "torch.optim.SGD(model.parameters(), lr=LR, momentum=MOMENTUM, nesterov=NESTEROV, "
    "weight_decay=WEIGHT_DECAY)",
    "adam": "torch.optim.Adam(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)",
    "adamw": "torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)",
    "rmsprop": "torch.optim.RMSprop(model.parameters(), lr=LR, momentum=MOMENTUM, weight_decay=WEIGHT_DECAY)",
}

# The learning rate is LR times factor(step), stepped after every batch (core.optim.SCHEDULE_FACTORS).
SCHEDULE_CODE = {
    "none": '''
def lr_factor(step, batches_per_epoch):
    """No schedule: the learning rate stays LR."""
    return 1.0
''',
    "step": '''
def lr_factor(step, batches_per_epoch):
    """Step schedule: the learning rate is multiplied by STEP_GAMMA every STEP_EVERY epochs."""
    return STEP_GAMMA ** (step // (STEP_EVERY * batches_per_epoch))
''',
    "cosine": '''
def lr_factor(step, batches_per_epoch):
    """Cosine schedule: from LR down to 0 along half a cosine over the whole run."""
    progress = min(max(step / (EPOCHS * batches_per_epoch), 0.0), 1.0)
    return 0.5 * (1 + math.cos(math.pi * progress))
''',
    "onecycle": '''
def lr_factor(step, batches_per_epoch):
    """One-cycle: warm up over 30 % of the steps from LR/25 to LR, then anneal to LR/250,000 (as OneCycleLR)."""
    total = EPOCHS * batches_per_epoch
    warm, start, end = max(1, int(0.3 * total)), 1 / 25, 1 / 25 / 1e4

    def half_cosine(progress):  # 1 -> 0 as progress goes 0 -> 1
        return 0.5 * (1 + math.cos(math.pi * min(max(progress, 0.0), 1.0)))

    if step < warm:
        return start + (1 - start) * (1 - half_cosine(step / warm))
    return end + (1 - end) * half_cosine((step - warm) / max(1, total - warm))
''',
}

INIT_CODE = {
    "default": "",
    "xavier": '''
def init_weights(model):
    """Glorot (Xavier) uniform weights for every convolution and linear layer; biases keep PyTorch's default."""
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(m.weight)
''',
    "kaiming": '''
def init_weights(model):
    """He (Kaiming) normal weights for every convolution and linear layer, made for ReLU."""
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
''',
}

_AFFINE = '''
def uniform(n, limit, gen):
    """n random numbers between -limit and limit."""
    return (torch.rand(n, generator=gen, device=gen.device) * 2 - 1) * limit


def random_affine(x, gen):
    """Shift, rotate, zoom and shear every image of the batch by its own random amount (one affine_grid call)."""
    n = x.shape[0]
    angle = uniform(n, math.radians(ROTATE), gen)
    zoom = 1 + uniform(n, SCALE, gen)
    shear = uniform(n, SHEAR, gen)
    # affine_grid maps output -> input coordinates in [-1, 1]: a shift of 2*fraction spans the side.
    tx, ty = uniform(n, 2 * SHIFT, gen), uniform(n, 2 * SHIFT, gen)
    cos, sin = torch.cos(angle) / zoom, torch.sin(angle) / zoom
    theta = torch.stack(
        [torch.stack([cos, -sin + shear * cos, tx], 1), torch.stack([sin, cos + shear * sin, ty], 1)], 1
    )
    grid = F.affine_grid(theta.to(x.dtype), list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
'''

_THICKNESS = '''
def vary_thickness(x, gen):
    """Strokes as pens draw them: a sixth of the images much bolder (dilated), a sixth a little bolder,
    a sixth thinner (eroded), the rest as they are."""
    choice = torch.rand(x.shape[0], 1, 1, 1, generator=gen, device=x.device)
    thick = F.max_pool2d(x, 3, stride=1, padding=1)
    thin = -F.max_pool2d(-x, 3, stride=1, padding=1)
    bolder, thinner = 0.5 * x + 0.5 * thick, 0.5 * x + 0.5 * thin
    return torch.where(
        choice < 1 / 6, thick, torch.where(choice < 1 / 3, bolder, torch.where(choice > 5 / 6, thinner, x))
    )
'''

STYLES_NOTE = (
    "# NOT WRITTEN OUT: the app also draws writing styles MNIST lacks (slashed zeros, crossed sevens ...)\n"
    "# onto some digits (core/styles.py, some 300 lines of stroke drawing). This script skips that step,\n"
    "# so its accuracy on real handwriting may differ a little from the app's run."
)


def augment_code(cfg: TrainConfig) -> tuple[str, str]:
    """(constants, functions) of the run's augmentation; for "none", a function that returns its input."""
    aug = AUGMENTATIONS.get(cfg.augment)
    warped = aug.shift or aug.rotate or aug.scale or aug.shear
    constants = (
        f"SHIFT = {aug.shift!r}  # largest shift, as a share of the image side\n"
        f"ROTATE = {aug.rotate!r}  # largest rotation, degrees\n"
        f"SCALE = {aug.scale!r}  # largest zoom in or out\n"
        f"SHEAR = {aug.shear!r}  # largest shear\n"
        if warped
        else ""
    )
    steps = (["x = vary_thickness(x, gen)"] if aug.thickness else []) + (
        ["x = random_affine(x, gen)"] if warped else []
    )
    helpers = "\n\n".join(h.strip() for h, used in ((_THICKNESS, aug.thickness), (_AFFINE, warped)) if used)
    note = f"\n{STYLES_NOTE}\n" if aug.styles else ""
    body = "\n    ".join(steps + ["return x"])
    function = (
        f'{note}\ndef augment(x, gen):\n    """Random changes to a batch of images in 0..1 ({aug.name}: '
        f'{aug.description})"""\n    {body}\n'
    )
    return constants, (helpers + "\n\n" if helpers else "") + function.strip()
