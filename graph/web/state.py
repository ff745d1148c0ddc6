"""What the Flask app serves, built once by ``server.create_app`` and kept in ``app.extensions``."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app

from graph.ask.namedqueries import NamedQuery
from graph.serve.dataset import DatasetStats
from graph.serve.executor import Executor

EXTENSION = "radix"


@dataclass
class Radix:
    """The served dataset's executor and description, the named queries, and the body size limit."""

    executor: Executor
    stats: DatasetStats
    named_queries: dict[str, NamedQuery] = field(default_factory=dict)
    max_body: int = 1 << 20

    @property
    def federated(self) -> bool:
        """True when SERVICE calls to some endpoints are allowed."""
        return bool(self.executor.settings.limits.service_allow)


def radix() -> Radix:
    """Return the :class:`Radix` of the current app."""
    state: Radix = current_app.extensions[EXTENSION]
    return state
