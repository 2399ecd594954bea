"""The live changes of a run (its knobs.jsonl) in the code behind it: a list of (step, setting, value) and the
function that applies one between two batches, as core.live_knobs does in the app.

A change of augmentation can be written out when it turns augmentation off or back to the run's own: the script
carries that one augmentation only. Other switches are listed, with a note that the script leaves them out.
"""

from __future__ import annotations

from typing import Sequence

from core.config import TrainConfig
from core.knobs import KnobChange

_APPLY = '''
def apply_change(setting, value, model, optimizer, scheduler):
    """One change made while the run trained, as the app applied it before the batch."""
    global augment
    if setting == "lr":  # the schedule's base rate: this step's rate is value x the schedule's factor now
        scheduler.base_lrs = [value] * len(scheduler.base_lrs)
        for group in optimizer.param_groups:
            group["lr"] = value * scheduler.lr_lambdas[0](scheduler.last_epoch)
    elif setting == "momentum":  # Adam and AdamW: their first beta, the same idea
        for group in optimizer.param_groups:
            if "momentum" in group:
                group["momentum"] = value
            elif "betas" in group:
                group["betas"] = (value, group["betas"][1])
    elif setting == "weight_decay":
        for group in optimizer.param_groups:
            group["weight_decay"] = value
    elif setting == "dropout":
        for layer in model.modules():
            if isinstance(layer, nn.modules.dropout._DropoutNd):
                layer.p = value
    elif setting == "augment":
        augment = RUN_AUGMENT if value == "$own" else no_augment'''

_NO_AUGMENT = """

def no_augment(x, gen):
    return x


RUN_AUGMENT = augment"""


def changes_code(cfg: TrainConfig, changes: Sequence[KnobChange]) -> tuple[str, str]:
    """(the section defining KNOB_CHANGES and apply_change, the loop's lines applying them): empty without
    changes. The loop lines go first in the batch loop, where ``step`` counts the batches trained before."""
    if not changes:
        return "", ""
    kept, left_out = [], []
    for c in changes:
        writable = c.knob.field != "augment" or c.knob.value in ("none", cfg.augment)
        (kept if writable else left_out).append(c)
    rows = "".join(f"    ({c.step}, {c.knob.field!r}, {c.knob.value!r}),\n" for c in kept)
    note = "".join(
        f"# NOT WRITTEN OUT: after {c.step} batches the run switched to augmentation {c.knob.value!r}, which this "
        "script does not carry.\n"
        for c in left_out
    )
    section = (
        "# ---- the changes made while the run trained (its knobs.jsonl): after STEP batches, SETTING = VALUE ----\n"
        f"{note}KNOB_CHANGES = [\n{rows}]\n" + _APPLY.replace("$own", cfg.augment)
    )
    if any(c.knob.field == "augment" for c in kept):
        section += _NO_AUGMENT
    loop = (
        "            step = (epoch - 1) * batches_per_epoch + b\n"
        "            for setting, value in [(s, v) for at, s, v in KNOB_CHANGES if at == step]:\n"
        "                apply_change(setting, value, model, optimizer, scheduler)\n"
    )
    return section, loop
