"""Run SPARQL in a pool of persistent worker processes that can be killed at a deadline.

No engine can cancel a running query from another thread, and some queries crash the engine, so each
query runs in a worker process (:mod:`graph.serve.sandbox_worker`) fed over a pipe. Workers are started
once and reused (a query costs one pipe round trip, not a process start); a worker that passes its
deadline is killed with SIGKILL, and one that crashes is reaped; either is replaced in the background
while the other workers keep answering. Workers are started from one long-lived thread and die with
it (Linux ``PR_SET_PDEATHSIG``), so no worker outlives the server.

Two lanes keep runaway queries from starving everyone (issue 14). Besides the ``size`` ordinary
workers, ``reserved`` workers take a job only when every ordinary one is busy, only for a caller that
may use them (the executor refuses them to a client already running a long query), and only for
``reserved_timeout`` seconds: a long query cannot settle there, so there is always a worker coming
free soon for small queries. And at most ``max_waiting`` requests wait for a worker; more are refused
at once (503) rather than parking serving threads that ``/health`` and cached answers need.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from graph.serve import sandbox_worker
from graph.serve.cancel import Cancellations, Ticket
from graph.serve.handoff import FairHandoff, HandoffFull, ReserveOk
from graph.serve.jobs import Answer, Job, answer_of
from graph.serve.query_errors import (
    QueryCancelledError,
    QueryCrashedError,
    QueryTimeoutError,
    ReservedTimeoutError,
    WorkersBusyError,
)

log = logging.getLogger(__name__)

WORKER_SCRIPT = Path(sandbox_worker.__file__)


@dataclass(frozen=True)
class Snapshot:
    """A dataset dump every worker loads: a file, its media type, and the prefixes for Turtle output."""

    path: Path
    media_type: str
    prefixes: dict[str, str]


@dataclass(frozen=True)
class PoolSettings:
    """How many workers, how long to wait for one to start, and what each may use.

    ``memory_mb`` caps each worker's address space (0 for no cap); ``offline`` moves each worker into
    an empty network namespace, so no query can reach the network even past the SERVICE guard.
    ``reserved`` workers beside the ``size`` ordinary ones run a job for at most ``reserved_timeout``
    seconds; ``max_waiting`` bounds the requests waiting for a worker (None: no bound).
    """

    size: int = 2
    reserved: int = 0
    reserved_timeout: float = 1.0
    max_waiting: int | None = None
    memory_mb: int = 2048
    offline: bool = True
    start_timeout: float = 30.0


@dataclass
class PoolStats:
    """Counters of what the pool has done, for the health page and the tests."""

    jobs: int = 0
    timeouts: int = 0
    crashes: int = 0
    cancelled: int = 0
    started: int = 0
    reserved_jobs: int = 0
    refused: int = 0
    isolated: bool | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count(self, name: str) -> None:
        """Add one to the counter ``name``."""
        with self.lock:
            setattr(self, name, getattr(self, name) + 1)


class _Worker:
    """One worker process and the two pipe ends that talk to it."""

    def __init__(self, process: subprocess.Popen[bytes], to_worker: int, from_worker: int, reserved: bool) -> None:
        self.process = process
        self.reserved = reserved
        self.to_worker = to_worker
        self.from_worker = from_worker
        self.poller = select.poll()
        self.poller.register(from_worker, select.POLLIN | select.POLLHUP | select.POLLERR)

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_readable(self, seconds: float) -> bool:
        """Wait up to ``seconds`` for the worker to write; True when there is something to read."""
        return bool(self.poller.poll(max(0, int(seconds * 1000))))

    def kill(self) -> None:
        """Kill the process (if alive) and close the pipes; reaping is left to the caller."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        for fd in (self.to_worker, self.from_worker):
            with contextlib.suppress(OSError):  # already closed by an earlier kill
                os.close(fd)

    def exit_description(self) -> str:
        """Say how the process ended (waits briefly for the kernel to report it)."""
        try:
            code = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return "its worker stopped answering"
        if code < 0:
            return f"its worker was ended by signal {signal.Signals(-code).name}"
        return f"its worker exited with status {code}"


class WorkerPool:
    """A fixed number of query workers; :meth:`run` borrows one for a job and returns it.

    Thread-safe: any number of serving threads may call :meth:`run` at once; each job waits for an
    idle worker up to its deadline (first come, first served), in the lanes described above.
    """

    def __init__(
        self, snapshot: Snapshot, settings: PoolSettings | None = None, cancellations: Cancellations | None = None
    ) -> None:
        self.snapshot = snapshot
        self.settings = settings or PoolSettings()
        self.cancellations = cancellations
        self.stats = PoolStats()
        self._idle: FairHandoff[_Worker] = FairHandoff(is_reserved=lambda worker: worker.reserved)
        self._requests: queue.Queue[_Worker | None] = queue.Queue()
        self._closed = threading.Event()
        self._live: set[_Worker] = set()
        self._live_lock = threading.Lock()
        self._spawner = threading.Thread(target=self._spawn_loop, name="radix-sandbox-spawner", daemon=True)

    def start(self, wait: bool = True) -> WorkerPool:
        """Start the workers; with ``wait``, return once every one has loaded the dataset."""
        self._spawner.start()
        if wait:
            deadline = time.monotonic() + self.settings.start_timeout
            while (
                self._idle.idle_count() < self.settings.size
                or self._idle.idle_count(reserved=True) < self.settings.reserved
            ):
                if time.monotonic() > deadline or self._closed.is_set():
                    raise RuntimeError(f"query workers did not start within {self.settings.start_timeout:g} s")
                time.sleep(0.005)
        return self

    def pids(self) -> list[int]:
        """Process ids of the live workers (busy or idle)."""
        with self._live_lock:
            return sorted(worker.pid for worker in self._live)

    def idle_count(self, *, reserved: bool = False) -> int:
        """How many ordinary (or, with ``reserved``, reserved) workers are ready for a job now."""
        return self._idle.idle_count(reserved=reserved)

    def waiting(self) -> int:
        """How many requests wait for a worker now."""
        return self._idle.waiting()

    def run(self, job: Job, timeout: float, query_id: str | None = None, *, reserve_ok: ReserveOk = False) -> Answer:
        """Run ``job`` in a worker and return its answer; stop it after ``timeout`` seconds.

        With ``reserve_ok`` (a flag, or a question asked when a reserved worker comes free), a reserved
        worker may run the job when no ordinary one is idle, for at most ``reserved_timeout`` seconds.
        With a ``query_id`` (and a pool made with :class:`Cancellations`), the query can be stopped
        meanwhile by :meth:`Cancellations.cancel`. Raises :class:`QuerySyntaxError`,
        :class:`UnacceptableAnswerError`, :class:`QueryEngineError`, :class:`QueryInvalidError`,
        :class:`QueryTimeoutError` (worker killed), :class:`QueryCrashedError` (worker died),
        :class:`QueryCancelledError` (stopped on request), :class:`QueryIdError` or
        :class:`WorkersBusyError` (no worker free before the deadline, or too many waiting already).
        """
        if query_id is None or self.cancellations is None:
            return self._run(job, timeout, None, reserve_ok)
        ticket = self.cancellations.open(query_id)
        try:
            return self._run(job, timeout, ticket, reserve_ok)
        finally:
            ticket.close()

    def _run(self, job: Job, timeout: float, ticket: Ticket | None, reserve_ok: ReserveOk) -> Answer:
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.take(
                timeout,
                reserve_ok=reserve_ok if self.settings.reserved else False,
                max_waiting=self.settings.max_waiting,
            )
        except HandoffFull:
            self.stats.count("refused")
            raise WorkersBusyError(
                f"every query worker is busy and {self.settings.max_waiting} queries are waiting for one already; "
                "try again shortly"
            ) from None
        if worker is None:
            raise WorkersBusyError(
                f"all {self.settings.size} query workers stayed busy for {timeout:g} s; try again shortly"
            )
        if ticket is not None:
            try:
                ticket.attach(worker.pid)
            except QueryCancelledError:
                self._idle.put(worker)  # cancelled before it started: the worker never saw it
                raise
        self.stats.count("jobs")
        stop = deadline
        if worker.reserved:
            self.stats.count("reserved_jobs")
            stop = min(deadline, time.monotonic() + self.settings.reserved_timeout)
        try:
            sandbox_worker.write_frame(worker.to_worker, job.message())
            ready = worker.wait_readable(stop - time.monotonic())
            reply = sandbox_worker.read_frame(worker.from_worker) if ready else None
        except OSError:  # the worker died while we wrote to it
            ready, reply = True, None
        if ticket is not None and ticket.close():  # killed on request (perhaps as it answered)
            self._replace(worker)
            self.stats.count("cancelled")
            raise QueryCancelledError()
        if not ready:
            self._replace(worker)
            self.stats.count("timeouts")
            if stop < deadline:
                raise ReservedTimeoutError(self.settings.reserved_timeout)
            raise QueryTimeoutError(timeout)
        if reply is None:
            ended = worker.exit_description()
            self._replace(worker)
            self.stats.count("crashes")
            raise QueryCrashedError(
                f"the query engine crashed while evaluating this query ({ended}); such crashes come from "
                "queries nested very deeply, very long, or needing more memory than a worker may use. "
                "Simplify the query; the server itself is unaffected"
            )
        self._idle.put(worker)
        return answer_of(reply, job)

    def close(self) -> None:
        """Kill every worker and stop the spawner."""
        self._closed.set()
        self._requests.put(None)
        with self._live_lock:
            workers = list(self._live)
            self._live.clear()
        for worker in workers:
            worker.kill()
            try:
                worker.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                log.warning("query worker %d did not exit after SIGKILL", worker.pid)
        if self._spawner.is_alive() and self._spawner is not threading.current_thread():
            self._spawner.join(timeout=5)

    # -- the spawner thread ------------------------------------------------------------------------

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` now; the spawner reaps it and starts a replacement."""
        worker.kill()
        self._requests.put(worker)

    def _spawn_loop(self) -> None:
        for index in range(self.settings.size + self.settings.reserved):
            self._start_one(reserved=index >= self.settings.size)
        while (dead := self._requests.get()) is not None:
            with self._live_lock:
                self._live.discard(dead)
            try:
                dead.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                log.error("query worker %d did not exit after SIGKILL", dead.pid)
            if not self._closed.is_set():
                self._start_one(reserved=dead.reserved)

    def _start_one(self, *, reserved: bool) -> None:
        """Start a worker and hand it to the idle queue once it has loaded the dataset (retrying)."""
        delay = 0.1
        while not self._closed.is_set():
            worker = self._launch(reserved)
            if worker is not None:
                with self._live_lock:
                    if self._closed.is_set():
                        worker.kill()
                        worker.process.wait()
                        return
                    self._live.add(worker)
                self._idle.put(worker)
                return
            time.sleep(delay)
            delay = min(delay * 2, 5.0)

    def _launch(self, reserved: bool) -> _Worker | None:
        to_read, to_write = os.pipe()
        from_read, from_write = os.pipe()
        command = [sys.executable, "-P", str(WORKER_SCRIPT), str(to_read), str(from_write), str(os.getpid())]
        environment = {**os.environ, "RUST_BACKTRACE": "0"}
        process = subprocess.Popen(command, pass_fds=(to_read, from_write), stdin=subprocess.DEVNULL, env=environment)
        os.close(to_read)
        os.close(from_write)
        worker = _Worker(process, to_write, from_read, reserved)
        setup = (
            "setup",
            str(self.snapshot.path),
            self.snapshot.media_type,
            self.snapshot.prefixes,
            self.settings.memory_mb * 1024 * 1024,
            self.settings.offline,
        )
        try:
            sandbox_worker.write_frame(worker.to_worker, setup)
            ready = worker.wait_readable(self.settings.start_timeout)
            reply = sandbox_worker.read_frame(worker.from_worker) if ready else None
        except OSError:
            reply = None
        if reply is None or reply[0] != "ready":
            log.error("a query worker failed to start: %s", worker.exit_description())
            worker.kill()
            process.wait()
            return None
        self.stats.count("started")
        self.stats.isolated = bool(reply[1])
        return worker
