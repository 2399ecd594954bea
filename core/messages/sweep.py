"""What a sweep's trials say, what a lesson's self-ticking check waits for, and the names of devices."""

from __future__ import annotations

from core.messages.base import Message, said


@said("Pruned after epoch {epoch}: below the other trials at that point.", epoch=1)
class TrialPruned(Message):
    epoch: int


@said("Stopped by you; the epochs it finished are saved in its run folder.")
class TrialStopped(Message):
    pass


@said("Stopped by you.")
class SweepStoppedByYou(Message):
    pass


# -- what ticks a lesson's step (core.lesson_checks) -----------------------------------------------------------
@said("{event}", event="a run started")
class CheckEvent(Message):
    event: str  # the event's phrase ("a run started"): a registry text, translated by its English


@said("{field} is set", field="folder")
class CheckIsSet(Message):
    field: str  # a setting's or result's name: the same in every language (it is what the lesson file says)


@said("{field} {op} {value}", field="test_acc", op=">=", value="0.8")
class CheckCompare(Message):
    field: str
    op: str
    value: str  # as the lesson wrote it; a setting's value is a name ("leakyrelu")


# -- devices ------------------------------------------------------------------------------------------------------
@said("CPU, {threads} threads ({cpu})", threads=8, cpu="x86_64")
class CpuDevice(Message):
    threads: int
    cpu: str  # the processor's own name


@said("{name} ({id}{memory})", name="NVIDIA H100", id="cuda:0", memory=", 80 GB")
class GpuDevice(Message):
    name: str  # the GPU's own name ("Apple GPU (Metal)": a registry text)
    id: str
    memory: str  # ", 80 GB" or ""


@said("no CUDA card")
class NoCudaCard(Message):
    pass


@said("{low}-{high}", low="5.0", high="9.0")
class CapabilityRange(Message):
    low: str
    high: str


@said(
    "{name} has compute capability {capability}, which the installed PyTorch cannot run (it is built for {range}). "
    "Train on another device, or install a PyTorch build for this card.",
    name="Tesla K80",
    capability="3.7",
    range=CapabilityRange("5.0", "9.0"),
)
class CardNotSupported(Message):
    name: str  # the card's own name
    capability: str  # "3.7"
    range: Message  # the capabilities this PyTorch is built for, or NoCudaCard
