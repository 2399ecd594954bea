"""A tab's short background jobs, as one group of tasks on the app's task service (``gui.tasks``):

    jobs = state.jobs("inside")
    jobs.submit("saliency", partial(compute, image), on_done=self._show, on_error=self._say_why)
    jobs.submit_task("confusion", lambda ctx: evaluate(..., cancel=ctx.cancel_event), on_done=self._show)

A group's jobs run one after another in the order submitted; only the newest job per key matters (an older one is
cancelled and its answer dropped), so flipping through a combo box never shows a stale answer. Callbacks run on the
GUI thread. A group has no thread of its own: the service's workers run every group.
"""

from __future__ import annotations

from typing import Any, Callable

from core.messages import Message
from core.tasks import TaskContext
from gui.tasks import Task, TaskService


class Jobs:
    def __init__(self, service: TaskService, group: str):
        self.service, self.name = service, group

    def submit(
        self,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Message], None] | None = None,
    ) -> Task | None:
        """Queue ``fn()``; ``on_done(result)`` or ``on_error(message)`` runs later on the GUI thread (``message``:
        core's typed message, said with ``gui.messages.say`` where it is shown)."""
        return self.service.submit(self.name, key, lambda _ctx: fn(), on_done, on_error)

    def submit_task(
        self,
        key: str,
        run: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Message], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task | None:
        """Queue ``run(ctx)``, a job that can be cancelled (``ctx.cancel_event``) and report progress."""
        return self.service.submit(self.name, key, run, on_done, on_error, on_progress=on_progress)

    def busy(self, key: str) -> bool:
        """True while the newest job of ``key`` has not reported back."""
        return self.service.busy(self.name, key)
