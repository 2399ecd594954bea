"""One-off costs of the first run, paid before the user presses Start.

Creating the first torch optimizer imports torch._dynamo (1.8 s here once Qt is loaded, 5.5 s without byte-
compiled files). The window calls ``warm_up`` on a background job right after it shows, so that a run
started at once waits for the rest of that import instead of all of it.
"""

from __future__ import annotations

import torch


def warm_up() -> None:
    torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
