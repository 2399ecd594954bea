"""Everything core says to a person, as typed messages (see base.py); one module per area."""

from core.messages.base import (
    MESSAGES,
    Message,
    MessageError,
    RawText,
    Sentences,
    Static,
    as_message,
    from_json,
    in_a_sentence,
    join,
    said,
)
from core.messages.class_digits import *  # noqa: F403
from core.messages.data import *  # noqa: F403
from core.messages.export_targets import *  # noqa: F403
from core.messages.files import *  # noqa: F403
from core.messages.folders import *  # noqa: F403
from core.messages.memory import *  # noqa: F403
from core.messages.networks import *  # noqa: F403
from core.messages.network_file import *  # noqa: F403
from core.messages.network_shapes import *  # noqa: F403
from core.messages.lessons import *  # noqa: F403
from core.messages.loading import *  # noqa: F403
from core.messages.pictures import *  # noqa: F403
from core.messages.run import *  # noqa: F403
from core.messages.run_files import *  # noqa: F403
from core.messages.settings import *  # noqa: F403
from core.messages.sweep import *  # noqa: F403
from core.messages.sweep_storage import *  # noqa: F403
from core.messages.sweep_setup import *  # noqa: F403

__all__ = ["MESSAGES", "Message", "MessageError", "RawText", "Sentences", "Static", "as_message", "from_json"]
__all__ += ["in_a_sentence"]
__all__ += ["join", "said", *(name for name in MESSAGES.names() if name not in ("RawText", "Sentences", "Static"))]
