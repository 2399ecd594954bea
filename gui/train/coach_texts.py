"""The coach's words: each core.diagnoses finding and its fix as a sentence in the user's language."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from core import diagnoses as dg
from gui.core_texts import display_value
from gui.widgets.setting_labels import SettingLabels


class CoachTexts(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._finding: dict[str, Callable] = {
            dg.LossNotANumber.key: lambda d: self.tr(
                "The loss stopped being a number at epoch {e}, batch {b}: the network diverged."
            ).format(e=d.epoch, b=d.batch),
            dg.LossExploding.key: lambda d: self.tr(
                "The loss is growing ({a:.2f} → {b:.3g}): each step jumps too far."
            ).format(a=d.start, b=d.now),
            dg.LossFlat.key: self._flat,
            dg.LossJumping.key: lambda d: self.tr(
                "The loss jumps up and down (about {p:.0f} % from batch to batch) and does not fall: "
                "the learning rate is too high."
            ).format(p=100 * d.spread),
            dg.Memorising.key: lambda d: self.tr(
                "The network memorises: {t:.0f} % right on its training images, {v:.0f} % on validation, "
                "and the validation loss is rising."
            ).format(t=100 * d.train_acc, v=100 * d.val_acc),
            dg.Underfitting.key: lambda d: self.tr(
                "Both accuracies are low ({t:.0f} % and {v:.0f} %) and no longer climbing: the network underfits."
            ).format(t=100 * d.train_acc, v=100 * d.val_acc),
            dg.DeadUnits.key: lambda d: self.tr("{p:.0f} % of the units of {layer} never fire (dead ReLUs).").format(
                p=100 * d.share, layer=d.layer
            ),
            dg.VanishingGradients.key: lambda d: self.tr(
                "The gradient reaching {first} is {r:.0e} of the one at {last}: the first layers hardly learn."
            ).format(first=d.first_layer, last=d.last_layer, r=d.ratio),
            dg.InputBottleneck.key: lambda d: self.tr(
                "The network waits for its data: {p:.0f} % of the epoch went into making the batches "
                "(augmentation '{aug}'), not into learning from them."
            ).format(p=100 * d.share, aug=display_value("augment", d.augment)),
            dg.ExplodingGradients.key: lambda d: self.tr("The gradient of {layer} is very large ({n:.0f}).").format(
                layer=d.layer, n=d.norm
            ),
        }

    def _flat(self, d: dg.LossFlat) -> str:
        why = {
            "low_rate": self.tr("the learning rate is too low"),
            "high_rate": self.tr("the rate is so high that the network broke"),
            "sigmoid_sgd": self.tr("sigmoid units learn very slowly with plain SGD"),
        }[d.cause]
        return self.tr("The loss has not moved ({loss:.2f}) after %n epochs: {why}.", "", max(d.epoch, 1)).format(
            loss=d.loss, why=why
        )

    def finding(self, d: dg.Diagnosis) -> str:
        return self._finding[d.key](d)

    def fix(self, d: dg.Diagnosis) -> str:
        """'Try: learning rate 0.05, augmentation shift' (with 'in the next run' when no knob can take it)."""
        labels = SettingLabels(self).labels()
        parts = ", ".join(f"{labels.get(c.field, c.field)} {_value(c.field, c.value)}" for c in d.fix)
        return (self.tr("Try: {fix}.") if d.live else self.tr("Try in the next run: {fix}.")).format(fix=parts)


def _value(field: str, value) -> str:
    return f"{value:g}" if isinstance(value, float) else display_value(field, value)
