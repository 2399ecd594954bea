"""core's words in the user's language. core has no Qt, so what it says (network, dataset and preset titles and
descriptions, setting help, progress lines, problems and failures) is translated here, at the gui boundary:
``core_tr(text)``.

Static texts come from core's registries (``static_texts``; resources/i18n/update.py lists them for lupdate
into zh_CN/core.ts). Sentences core builds with an f-string are matched against ``TEMPLATES`` below (the same
shapes with named fields), their values translated in turn. A text made of several sentences is translated
sentence by sentence. What matches nothing stays as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.run_naming import PROPER_NAMES, SEPARATOR
from gui.i18n import fill, pattern
from gui.network_texts import NETWORK_TEMPLATES, layer_texts

CONTEXT = "core"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z'(])")

TEMPLATES = (
    # core.config: a setting's problem, and the valid range in words
    QT_TRANSLATE_NOOP("core", "{help} It must be set: {range}."),
    QT_TRANSLATE_NOOP("core", "{help} It must be {range}, not {value}."),
    QT_TRANSLATE_NOOP("core", "Unknown value {value}: {what} is {range}."),
    QT_TRANSLATE_NOOP("core", "one of {choices}"),
    QT_TRANSLATE_NOOP("core", "above {low} and up to {high}"),
    QT_TRANSLATE_NOOP("core", "from {low} to below {high}"),
    QT_TRANSLATE_NOOP("core", "between {low} and {high}"),
    QT_TRANSLATE_NOOP("core", "on or off"),
    QT_TRANSLATE_NOOP("core", "any text"),
    QT_TRANSLATE_NOOP("core", "Choose an image folder (one sub-folder of images per class)."),
    QT_TRANSLATE_NOOP("core", "Nesterov needs the SGD optimizer with momentum above 0."),
    QT_TRANSLATE_NOOP("core", "Writing styles (slashed zeros, crossed sevens ...) are for digits: pick 'handwriting'."),
    # core.data_mix: a dataset mixed into every batch
    QT_TRANSLATE_NOOP("core", "Mix in another dataset than the one trained on, or none."),
    QT_TRANSLATE_NOOP("core", "An image folder cannot be mixed in: choose a built-in or downloaded dataset."),
    QT_TRANSLATE_NOOP("core", "A mixed batch needs at least 2 images: one from each dataset."),
    QT_TRANSLATE_NOOP(
        "core",
        "{mixed} cannot be mixed into {data}: both need the same image size, colour channels and number of classes.",
    ),
    QT_TRANSLATE_NOOP("core", "Mix in another dataset, or none."),
    # core.data.my_digits: too few collected digits to hold some out
    QT_TRANSLATE_NOOP(
        "core",
        "Too few digits to measure: draw at least {needed} of each digit you collect; these have fewer: {digits}.",
    ),
    QT_TRANSLATE_NOOP("core", "All are learnt from; none is held out to check on."),
    # core.archs: a network that does not fit the images
    QT_TRANSLATE_NOOP(
        "core",
        "{net} takes images with {wanted} colour channels, but these have {n}. Pick another network or convert "
        "the images to grey or RGB.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "{net} needs images at least {min}x{min} pixels, but these are {size}x{size}. Pick a dataset with larger "
        "images or a network that takes any size, such as the MLP.",
    ),
    # core.devices
    QT_TRANSLATE_NOOP(
        "core",
        "{name} has compute capability {capability}, which the installed PyTorch cannot run (it is built for {range}).",
    ),
    QT_TRANSLATE_NOOP("core", "no CUDA card"),
    QT_TRANSLATE_NOOP("core", "Train on another device, or install a PyTorch build for this card."),
    QT_TRANSLATE_NOOP("core", "CPU, {n} threads ({cpu})"),
    QT_TRANSLATE_NOOP("core", "Apple GPU (Metal)"),
    # progress lines of a run
    QT_TRANSLATE_NOOP("core", "Loading {data} ..."),
    QT_TRANSLATE_NOOP("core", "Reading {data} from {folder}"),
    QT_TRANSLATE_NOOP("core", "Reading {data}"),
    QT_TRANSLATE_NOOP("core", "Reading images"),
    QT_TRANSLATE_NOOP("core", "Resumed {run} after epoch {epoch} of {epochs}{left}."),
    # core.failures and the trainer: what went wrong, and what to do
    QT_TRANSLATE_NOOP("core", "Could not save {what} in {folder}: {reason}."),
    QT_TRANSLATE_NOOP("core", "the run"),
    QT_TRANSLATE_NOOP("core", "the run folder"),
    QT_TRANSLATE_NOOP("core", "epoch {n}"),
    QT_TRANSLATE_NOOP("core", "the disk is full"),
    QT_TRANSLATE_NOOP("core", "the disk quota is used up"),
    QT_TRANSLATE_NOOP("core", "the file would be larger than this system allows"),
    QT_TRANSLATE_NOOP("core", "the folder is on a read-only disk"),
    QT_TRANSLATE_NOOP("core", "permission to write there is denied"),
    QT_TRANSLATE_NOOP("core", "part of the path is a file, not a folder"),
    QT_TRANSLATE_NOOP(
        "core", "Free some space or choose another runs folder (--runs-dir, or the runs folder setting)."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Epochs 1-{n} are saved in {dir}; after fixing it, continue with --resume {dir} (or Resume in the window).",
    ),
    QT_TRANSLATE_NOOP("core", "No epoch was saved."),
    QT_TRANSLATE_NOOP("core", "Check the data folder in the settings, or use the built-in 'shapes' set."),
    QT_TRANSLATE_NOOP("core", "Start a new run, or choose another run folder or weights file."),
    QT_TRANSLATE_NOOP("core", "Change the settings named above and start again."),
    QT_TRANSLATE_NOOP("core", "Change the settings and start again."),
    QT_TRANSLATE_NOOP("core", "The device ran out of memory while {what}, with batch size {n}."),
    QT_TRANSLATE_NOOP("core", "training"),
    QT_TRANSLATE_NOOP("core", "evaluating the network"),
    QT_TRANSLATE_NOOP("core", "The device ran out of memory while the images were put on it."),
    QT_TRANSLATE_NOOP(
        "core", "Use a smaller image size or fewer training images (training subset), or train on the CPU."
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "The images take {need} on {device}, but only {free} of its {total} is free (training needs room beside them).",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Use a smaller image size or fewer training images (training subset), close other programs using the GPU, "
        "or train on the CPU.",
    ),
    QT_TRANSLATE_NOOP("core", "Evaluation ran out of memory with {before} images at a time; it goes on with {after}."),
    QT_TRANSLATE_NOOP(
        "core",
        "The random state was saved on {saved} and cannot continue on {here}: it is seeded afresh, so the batch "
        "order and augmentation differ from an uninterrupted run.",
    ),
    QT_TRANSLATE_NOOP("core", "Lower the batch size, pick a smaller network or image size, or train on the CPU."),
    QT_TRANSLATE_NOOP("core", "Training stopped on an unexpected error: {error}"),
    QT_TRANSLATE_NOOP(
        "core", "This is a bug in CNN Playground; the details are in the log. Try other settings meanwhile."
    ),
    QT_TRANSLATE_NOOP("core", "Pick another network, or another image size for the folder."),
    QT_TRANSLATE_NOOP("core", "The loss became {loss} at epoch {epoch}, batch {batch}: the network diverged."),
    QT_TRANSLATE_NOOP(
        "core",
        "The learning rate ({lr}) is probably too high: try it 10 times smaller (0.001 suits Adam, 0.01-0.1 suits "
        "SGD), or turn on gradient clipping.",
    ),
    QT_TRANSLATE_NOOP("core", "Stopped by you at epoch {epoch}, batch {batch}."),
    QT_TRANSLATE_NOOP("core", "Finished epochs are saved in the run folder; you can resume it."),
    QT_TRANSLATE_NOOP("core", "The process training it ended."),
    # datasets that are not there
    QT_TRANSLATE_NOOP(
        "core",
        "{data} is not in {folder} and downloading is turned off. Allow the download, choose a data folder that "
        "already holds it, or use the built-in 'shapes' set, which needs no download.",
    ),
    QT_TRANSLATE_NOOP("core", "Could not download {data}: {why}."),
    QT_TRANSLATE_NOOP("core", "the server did not answer in time"),
    QT_TRANSLATE_NOOP("core", "could not connect ({why})"),
    QT_TRANSLATE_NOOP("core", "No image folder is chosen. Choose a folder with one sub-folder of images per class."),
    QT_TRANSLATE_NOOP(
        "core", "The folder {folder} does not exist. Choose a folder with one sub-folder of images per class."
    ),
    QT_TRANSLATE_NOOP("core", "Cannot write to {folder} ({why}). Choose another data folder."),
    QT_TRANSLATE_NOOP("core", "Collect some digits first: fine-tuning needs labelled digits to learn from."),
    # weights files
    QT_TRANSLATE_NOOP("core", "No weights file at {path}. Choose an existing .pt file."),
    QT_TRANSLATE_NOOP("core", "{file} holds no network weights that CNN Playground understands."),
    QT_TRANSLATE_NOOP(
        "core",
        "{folder} holds no weights yet (no best.pt or last.pt): choose it after its first finished epoch, or "
        "choose another run.",
    ),
    # what ticks a lesson's step (core.lesson_checks)
    QT_TRANSLATE_NOOP("core", "a run started"),
    QT_TRANSLATE_NOOP("core", "an epoch ended"),
    QT_TRANSLATE_NOOP("core", "a run finished"),
    QT_TRANSLATE_NOOP("core", "a run stopped"),
    QT_TRANSLATE_NOOP("core", "the run diverged"),
    QT_TRANSLATE_NOOP("core", "a run ended"),
    QT_TRANSLATE_NOOP("core", "{field} is set"),
    QT_TRANSLATE_NOOP("core", "{field} == {value}"),
    QT_TRANSLATE_NOOP("core", "{field} != {value}"),
    QT_TRANSLATE_NOOP("core", "{field} >= {value}"),
    QT_TRANSLATE_NOOP("core", "{field} <= {value}"),
    QT_TRANSLATE_NOOP("core", "{field} > {value}"),
    QT_TRANSLATE_NOOP("core", "{field} < {value}"),
    # images opened by the user
    QT_TRANSLATE_NOOP("core", "The image is too small ({w}x{h} pixels)."),
    QT_TRANSLATE_NOOP("core", "There is no file at {path}."),
    QT_TRANSLATE_NOOP("core", "{file} is too large to read with the memory left."),
    QT_TRANSLATE_NOOP("core", "Could not read {file} as an image: {why}"),
)

# the parts of a run's name (core.run_naming.NAME_PARTS), matched only there: "{value} images" is too loose
# for every sentence of core
NAME_TEMPLATES = (
    QT_TRANSLATE_NOOP("core", "batch norm"),  # before "batch {value}"
    QT_TRANSLATE_NOOP("core", "no batch norm"),
    QT_TRANSLATE_NOOP("core", "lr {value}"),
    QT_TRANSLATE_NOOP("core", "batch {value}"),
    QT_TRANSLATE_NOOP("core", "momentum {value}"),
    QT_TRANSLATE_NOOP("core", "weight decay {value}"),
    QT_TRANSLATE_NOOP("core", "{value} schedule"),
    QT_TRANSLATE_NOOP("core", "{value} augmentation"),
    QT_TRANSLATE_NOOP("core", "dropout {value}"),
    QT_TRANSLATE_NOOP("core", "{value} init"),
    QT_TRANSLATE_NOOP("core", "label smoothing {value}"),
    QT_TRANSLATE_NOOP("core", "clip {value}"),
    QT_TRANSLATE_NOOP("core", "{value} px"),
    QT_TRANSLATE_NOOP("core", "{value} images"),
)


def run_name_tr(name: str) -> str:
    """A run's name (core.run_naming) in the language now installed: its network's title and each setting's
    words translated, proper names and numbers kept. A name the user typed stays as it is."""
    return SEPARATOR.join(_name_part(part) for part in name.split(SEPARATOR))


def _name_part(part: str) -> str:
    for template in NAME_TEMPLATES:
        match = pattern(template).fullmatch(part)
        if match:
            values = {key: core_tr(value) for key, value in match.groupdict().items()}
            return fill(QCoreApplication.translate(CONTEXT, template), values)
    return core_tr(part)


def static_texts() -> list[str]:
    """Every fixed text of core's registries that the window shows (titles, descriptions, help, class names)."""
    from core import archs, data
    from core.augment import AUGMENTATIONS
    from core.config import SETTINGS
    from core.lesson_checks import METRICS
    from core.presets import PRESETS

    texts = [w for a in archs.ARCHS for w in (a.title, a.description)]  # "custom" too: run folders name it
    texts += [w for s in data.list_datasets() for w in (s.title, s.description, *s.class_names)]
    texts += [w for p in PRESETS for w in (p.title, p.description, p.reported)]
    texts += [w for a in AUGMENTATIONS for w in (a.name, a.description)]
    texts += [w for s in SETTINGS.values() for w in (s.help, s.message)]
    texts += ["on disk", "needs download", "built-in", "choose a folder", "draw some first"]
    texts += [*SETTINGS, *METRICS, *PROPER_NAMES]  # the words of a lesson's checks: "activation == leakyrelu"
    texts += layer_texts()  # the network editor's layer kinds
    unique = dict.fromkeys(t for t in texts if t and re.search(r"[A-Za-z]{2}", t) and not t.isdigit())
    return list(unique)


def core_tr(text: str) -> str:
    """``text`` from core in the language now installed (itself when nothing matches)."""
    if not text:
        return text
    whole = _whole(text)
    if whole is not None:
        return whole
    sentences = SENTENCE_END.split(text)
    if len(sentences) == 1:
        return text
    out = ""
    for sentence in sentences:
        out += (" " if out and out[-1].isascii() else "") + (_whole(sentence) or sentence)  # 。 needs no space
    return out


def _whole(text: str) -> str | None:
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    for template in _templates():
        match = pattern(template).fullmatch(text)
        if match:
            values = {name: core_tr(value) for name, value in match.groupdict().items()}
            return fill(QCoreApplication.translate(CONTEXT, template), values)
    return None


@lru_cache(maxsize=1)
def _templates() -> tuple[str, ...]:
    return tuple(t for t in TEMPLATES + NETWORK_TEMPLATES if "{" in t)


def display_value(field: str, value) -> str:
    """A TrainConfig value as the window names it: a network's or dataset's title, an optimizer's proper name,
    an augmentation in the user's language; a number as it is."""
    from core import archs, data

    if field == "arch" and value in archs.ARCHS:
        return core_tr(archs.get_arch(value).title)
    if field == "dataset" and value in data.DATASETS:
        return core_tr(data.get_spec(value).title)
    if isinstance(value, str):
        return PROPER_NAMES.get(value, core_tr(value))
    return str(value)
