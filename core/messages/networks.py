"""What core says about your own network: its file, its layers' shapes, and a card that carries one."""

from __future__ import annotations

from core.messages.base import Message, RawText, said


@said("it is your own network but carries no network file")
class NoNetworkFile(Message):
    pass


@said("its network file cannot be used ({why})", why=RawText("Layer 2: unknown kind 'conv3d'"))
class NetworkFileUnusable(Message):
    why: Message


@said("its network does not fit its images ({why})", why=RawText("Layer 2: the image is 1x1 pixels"))
class NetworkDoesNotFit(Message):
    why: Message
