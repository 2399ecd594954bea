"""Classroom helps: projector mode, "What's this?", the welcome panel, tooltips on the tabs."""

from gui.classroom.classroom import Classroom

__all__ = ["Classroom"]
