"""Numbers as the layer tables write them."""

from __future__ import annotations


def human(n: float, unit: str = "") -> str:
    """1234567 -> '1.23 M': FLOP counts span six orders of magnitude between the MLP and AlexNet."""
    for factor, prefix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(n) >= factor:
            return f"{n / factor:.3g} {prefix}{unit}"
    return f"{n:.0f} {unit}".rstrip()


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(s) for s in shape) if shape else "–"


def percent(fraction: float | None) -> str:
    """An accuracy as the window writes it everywhere: "84.77 %" ("–" when unknown)."""
    return "–" if fraction is None else f"{100 * fraction:.2f} %"


def confidence(probability: float) -> str:
    """How sure a network is, as Draw and Inside both write it: "99.8" (never a rounded "100" beside 99.8 %)."""
    return f"{100 * probability:.1f}"
