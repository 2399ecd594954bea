"""A network file: a small, versioned JSON description of a layer list (data, never code).

    {"format": "cnn-playground-network", "version": 1, "name": "LeNet with 3x3 convolutions", "init": "default",
     "layers": [{"kind": "conv", "channels": 6, "kernel": 3, "padding": 1}, {"kind": "relu"},
                {"kind": "repeat", "times": 2, "layers": [{"kind": "residual"}]},
                {"kind": "flatten"}, {"kind": "linear", "units": "classes"}]}

Every layer names a kind of core.archs.layer_kinds (or "repeat", which repeats its own layers N times) and
that kind's options; omitted options take their defaults. Reading checks everything (size, nesting, kinds,
option types and ranges, the version) before anything is built, and refuses a crafted or damaged file in words
(NetworkError, with the path of the layer at fault). Shapes are checked by core.archs.network_shapes.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

from core.archs._base import INITS
from core.archs.layer_kinds import LAYER_KINDS, LayerKind
from core.messages import MessageError
from core.messages import network_file as said
from core.messages.base import Message, RawText

FORMAT = "cnn-playground-network"
VERSION = 1
SUFFIX = ".json"
REPEAT = "repeat"
MAX_BYTES = 1_000_000
MAX_NESTING = 4  # repeats inside repeats
MAX_TIMES = 100
MAX_LAYERS = 2000  # after repeats are unrolled
MAX_NAME = 200

Path_ = tuple[int, ...]  # where a layer is: (3,) the fourth layer, (3, 0) the first layer inside it (a repeat)


class NetworkError(MessageError, ValueError):
    """A network that cannot be read or built; ``path`` says which layer (empty: the file as a whole), and
    ``msg`` says it at that layer."""

    def __init__(self, problem: Message, path: Path_ = ()):
        self.path = tuple(path)
        self.rows: tuple = ()  # core.archs.network_shapes.check: the layers checked before this one
        super().__init__(said.AtLayer(layer_number(path), problem) if path else problem)


def layer_number(path: Path_) -> str:
    """How a person counts layers: "4", or "4.1" for the first layer inside layer 4."""
    return ".".join(str(i + 1) for i in path)


@dataclass(frozen=True)
class Layer:
    kind: str
    options: tuple[tuple[str, Any], ...] = ()  # every option of the kind, as (name, value) pairs
    layers: tuple["Layer", ...] = ()  # a repeat's own layers
    times: int = 1  # a repeat's count

    @property
    def option_dict(self) -> dict[str, Any]:
        return dict(self.options)

    @property
    def spec(self) -> LayerKind:
        return LAYER_KINDS.get(self.kind)

    def label(self) -> str:
        if self.kind == REPEAT:
            return f"repeat {self.times} times"
        return self.spec.label(self.option_dict)

    def to_dict(self) -> dict[str, Any]:
        if self.kind == REPEAT:
            return {"kind": REPEAT, "times": self.times, "layers": [layer.to_dict() for layer in self.layers]}
        return {"kind": self.kind, **self.option_dict}


def make_layer(kind: str, **options: Any) -> Layer:
    """A checked layer of ``kind`` with ``options`` (the others at their defaults)."""
    return _layer({"kind": kind, **options}, (0,), 0)


def repeat(times: int, *layers: Layer) -> Layer:
    return _layer({"kind": REPEAT, "times": times, "layers": [la.to_dict() for la in layers]}, (0,), 0)


@dataclass(frozen=True)
class NetworkFile:
    layers: tuple[Layer, ...]
    name: str = ""
    init: str = "default"  # how weights start: core.archs.INITS

    def flat(self) -> Iterator[tuple[Path_, Layer]]:
        """Every layer in forward order with its path; a repeat's layers come ``times`` times."""
        yield from _unroll(self.layers, ())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "init": self.init,
            "layers": [layer.to_dict() for layer in self.layers],
        }

    def to_json(self) -> str:
        """Readable: one layer a line."""
        head = json.dumps({k: v for k, v in self.to_dict().items() if k != "layers"}, ensure_ascii=False)[:-1]
        rows = ",\n".join("    " + json.dumps(layer.to_dict(), ensure_ascii=False) for layer in self.layers)
        return f'{head}, "layers": [\n{rows}\n]}}\n'

    def canonical(self) -> str:
        """One compact line, the same for the same network: what a run's settings and model card carry."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def write(self, path: Path) -> None:
        from core.checkpoint import atomic_write_text

        atomic_write_text(Path(path), self.to_json())

    # -- reading ------------------------------------------------------------------------------------------------
    @classmethod
    def from_json(cls, text: str | bytes, source: Message = said.TheNetwork()) -> "NetworkFile":
        """``source``: what the sentences call it (a file by its name: ``RawText(path.name)``)."""
        if len(text) > MAX_BYTES:
            raise NetworkError(said.NetworkFileTooLarge(source, MAX_BYTES // 1000))
        try:
            data = json.loads(text, parse_constant=_no_constant)
        except _NotANumber as exc:
            raise NetworkError(said.NetworkFileNotANumber(source, exc.word)) from None
        except (ValueError, RecursionError) as exc:
            raise NetworkError(said.NetworkFileNotJson(source, str(exc)[:80])) from None
        return cls.from_dict(data, source)

    @classmethod
    def from_dict(cls, data: Any, source: Message = said.TheNetwork()) -> "NetworkFile":
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise NetworkError(said.NotANetworkFile(source, FORMAT))
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise NetworkError(said.NoNetworkFileVersion(source, repr(str(version)[:20])))
        if version > VERSION:
            raise NetworkError(said.NewerNetworkFile(source, version, VERSION))
        _no_unknown(data, {"format", "version", "name", "init", "layers"}, said.TheFile(), ())
        name, init, layers = data.get("name", ""), data.get("init", "default"), data.get("layers")
        if not isinstance(name, str) or len(name) > MAX_NAME:
            raise NetworkError(said.NetworkNameTooLong(source, MAX_NAME))
        if init not in INITS:
            raise NetworkError(said.UnknownNetworkInit(source, repr(str(init)[:40]), ", ".join(INITS)))
        if not isinstance(layers, list):
            raise NetworkError(said.NoListOfLayers(source))
        net = cls(tuple(_layer(raw, (i,), 0) for i, raw in enumerate(layers)), name, init)
        if count_layers(net.layers) > MAX_LAYERS:
            raise NetworkError(said.TooManyLayersRepeated(source, MAX_LAYERS))
        return net

    @classmethod
    def read(cls, path: Path) -> "NetworkFile":
        path = Path(path)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise NetworkError(said.NetworkFileTooLarge(RawText(path.name), MAX_BYTES // 1000))
            text = path.read_bytes()
        except OSError as exc:
            raise NetworkError(said.NetworkFileUnreadable(str(path), str(exc.strerror or exc))) from None
        return cls.from_json(text, RawText(path.name))


def kind_names() -> list[str]:
    """Every kind a layer may name, "repeat" last."""
    return [*LAYER_KINDS.names(), REPEAT]


def count_layers(layers: tuple[Layer, ...]) -> int:
    """How many layers run, repeats unrolled (counted, not unrolled: 100 x 100 x 100 repeats stay quick)."""
    return sum(la.times * count_layers(la.layers) if la.kind == REPEAT else 1 for la in layers)


class _NotANumber(ValueError):
    """JSON's NaN or Infinity in a network file (json.loads' parse_constant): said with the file's name."""

    def __init__(self, word: str):
        super().__init__(word)
        self.word = word


def _no_constant(word: str) -> Any:
    raise _NotANumber(word)


def _no_unknown(data: Mapping, known: set[str], what: Message, path: Path_) -> None:
    unknown = sorted(str(k) for k in data if k not in known)
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
        hint = said.DidYouMean(repr(close[0])) if close else said.ItTakes(", ".join(sorted(known)) or "none")
        raise NetworkError(said.UnknownLayerOption(what, repr(unknown[0][:40]), hint), path)


def _layer(raw: Any, path: Path_, depth: int) -> Layer:
    if not isinstance(raw, Mapping):
        raise NetworkError(said.LayerNotATable(), path)
    kind = raw.get("kind")
    if kind == REPEAT:
        return _repeat(raw, path, depth)
    if not isinstance(kind, str) or kind not in LAYER_KINDS:
        close = difflib.get_close_matches(str(kind), kind_names(), n=1)
        given, kinds = repr(str(kind)[:40]), ", ".join(kind_names())
        problem = (
            said.UnknownLayerKindClose(given, repr(close[0]), kinds) if close else said.UnknownLayerKind(given, kinds)
        )
        raise NetworkError(problem, path)
    spec = LAYER_KINDS.get(kind)
    _no_unknown(raw, {"kind", *(f.name for f in spec.fields)}, said.ThisKind(spec.title), path)
    options = spec.options(dict(raw))
    for f in spec.fields:
        problem = f.problem(options[f.name])
        if problem:
            raise NetworkError(said.BadLayerOption(spec.title, problem), path)
    return Layer(kind, tuple(options.items()))


def _repeat(raw: Mapping, path: Path_, depth: int) -> Layer:
    _no_unknown(raw, {"kind", "times", "layers"}, said.ThisRepeat(), path)
    if depth >= MAX_NESTING:
        raise NetworkError(said.RepeatsNestedTooDeep(MAX_NESTING), path)
    times, layers = raw.get("times", 2), raw.get("layers")
    if isinstance(times, bool) or not isinstance(times, int) or not 1 <= times <= MAX_TIMES:
        raise NetworkError(said.BadRepeatTimes(MAX_TIMES), path)
    if not isinstance(layers, list) or not layers:
        raise NetworkError(said.EmptyRepeat(), path)
    if len(layers) > MAX_LAYERS:
        raise NetworkError(said.RepeatTooLong(MAX_LAYERS), path)
    return Layer(REPEAT, (), tuple(_layer(r, path + (i,), depth + 1) for i, r in enumerate(layers)), times)


def _unroll(layers: tuple[Layer, ...], prefix: Path_) -> Iterator[tuple[Path_, Layer]]:
    for i, layer in enumerate(layers):
        if layer.kind == REPEAT:
            for _ in range(layer.times):
                yield from _unroll(layer.layers, prefix + (i,))
        else:
            yield prefix + (i,), layer
