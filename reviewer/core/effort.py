"""The post-editing clock: active editing time and keystrokes of one segment, as plain data.

A person's work on a segment is a stream of events with timestamps (seconds on a monotonic
clock): the final-text editor gains focus (``focus_in``), a key is pressed in it (``key``), it
loses focus or the segment leaves the editor (``focus_out``), the segment is approved
(``finish``). The clock counts:

- **active seconds**: while the editor has focus, the time between consecutive events, each gap
  counted up to the idle cut-off (:data:`IDLE_CUTOFF_S`): a gap longer than the cut-off counts
  as the cut-off, so reading and thinking before a key count, but a person who left the machine
  with the editor focused adds at most one cut-off. Time without focus (another window, another
  segment) counts nothing. Coming back to a segment adds to what it had, as CAT tools do for a
  re-entered segment (Phrase TMS's editing time, PET's per-segment time).
- **keystrokes**: key presses in the editor (modifier keys alone are not counted by the window).

The clock never goes backwards: an event stamped earlier than the last one (a clock that jumped)
counts as happening at the last one. Hence active time never exceeds the wall time from the first
event to the last, and never decreases as events come.
"""

from __future__ import annotations

from dataclasses import dataclass

IDLE_CUTOFF_S = 60.0
"""A gap between two events longer than this (seconds) counts as this much."""


@dataclass
class EffortClock:
    """Active time and keystrokes of one segment; feed it events in the order they happen."""

    idle_cutoff: float = IDLE_CUTOFF_S
    active_seconds: float = 0.0
    keystrokes: int = 0
    focused: bool = False
    first_at: float | None = None
    last_at: float | None = None

    def __post_init__(self) -> None:
        if not self.idle_cutoff > 0:
            raise ValueError(f"the idle cut-off must be a positive number of seconds, "
                             f"not {self.idle_cutoff!r}")

    def _advance(self, at: float) -> None:
        """Count the time since the last event (if focused, up to the cut-off)."""
        if self.last_at is None:
            self.first_at = self.last_at = at
            return
        at = max(at, self.last_at)  # a clock that went backwards adds nothing
        if self.focused:
            self.active_seconds += min(at - self.last_at, self.idle_cutoff)
        self.last_at = at

    def focus_in(self, at: float) -> None:
        """The editor got the focus with this segment in it."""
        self._advance(at)
        self.focused = True

    def focus_out(self, at: float) -> None:
        """The editor lost the focus, or the segment left it: the time until now counts."""
        self._advance(at)
        self.focused = False

    def key(self, at: float) -> None:
        """A key was pressed in the editor (it has the focus, whatever the clock thought)."""
        self._advance(at)
        self.focused = True
        self.keystrokes += 1

    def finish(self, at: float) -> None:
        """The segment was approved: the time until now counts; the clock stops."""
        self.focus_out(at)

    @property
    def wall_seconds(self) -> float:
        """Seconds from the first event to the last (0 before two events)."""
        if self.first_at is None or self.last_at is None:
            return 0.0
        return self.last_at - self.first_at
