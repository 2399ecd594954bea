"""The tr() template of each message of core.messages.sweep: sweep trials, a lesson's checks, device names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import sweep as said

TEMPLATES = {
    said.TrialPruned: QT_TRANSLATE_NOOP(
        "Messages", "Pruned after epoch {epoch}: below the other trials at that point."
    ),
    said.TrialStopped: QT_TRANSLATE_NOOP(
        "Messages", "Stopped by you; the epochs it finished are saved in its run folder."
    ),
    said.SweepStoppedByYou: QT_TRANSLATE_NOOP("Messages", "Stopped by you."),
    said.CheckEvent: QT_TRANSLATE_NOOP("Messages", "{event}"),
    said.CheckIsSet: QT_TRANSLATE_NOOP("Messages", "{field} is set"),
    said.CheckCompare: QT_TRANSLATE_NOOP("Messages", "{field} {op} {value}"),
    said.CpuDevice: QT_TRANSLATE_NOOP("Messages", "CPU, {threads} threads ({cpu})"),
    said.GpuDevice: QT_TRANSLATE_NOOP("Messages", "{name} ({id}{memory})"),
    said.NoCudaCard: QT_TRANSLATE_NOOP("Messages", "no CUDA card"),
    said.CapabilityRange: QT_TRANSLATE_NOOP("Messages", "{low}-{high}"),
    said.CardNotSupported: QT_TRANSLATE_NOOP(
        "Messages",
        "{name} has compute capability {capability}, which the installed PyTorch cannot run (it is built for "
        "{range}). Train on another device, or install a PyTorch build for this card.",
    ),
}
