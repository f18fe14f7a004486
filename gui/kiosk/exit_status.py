"""The kiosk's exit statuses: what a supervisor (the systemd unit, a session script) reads.

The contract (docs/kiosk.md, "Exit status"):

- `OPERATOR_EXIT` (80) only after the operator's gesture and correct PIN. It is the one
  status the unit lists in `RestartPreventExitStatus=`: the kiosk stays closed.
- 128 + the signal's number after SIGTERM (143) or SIGINT (130), as a shell reports a
  process ended by a signal (before the window is built, the signal's default action
  ends the process at once: "killed by SIGTERM", which systemd treats the same way).
  Under `Restart=always` a kill is restarted; `systemctl stop` is not, because systemd
  never restarts a unit it was asked to stop (and the unit's `SuccessExitStatus=143`
  records that stop as clean rather than failed).
- `WINDOW_LOST` (81) when the window system took the window away and it could not be
  brought back: only a fresh start can show the kiosk again.
- Anything else is a crash (1 for a Python error, a signal for a native one) or an end
  nobody asked for (0): all restarted.

80 and 81 are outside the ranges others give meaning to: Python's 1 and argparse's 2,
sysexits.h's 64 to 78, the shell's 126 to 165 and systemd's own 200 to 243.
"""

from __future__ import annotations

from typing import Protocol

OPERATOR_EXIT = 80
WINDOW_LOST = 81


def for_signal(number: int) -> int:
    return 128 + number


class _HasExitStatus(Protocol):
    exit_status: int | None


def final_status(loop_status: int, kiosk: _HasExitStatus | None, signalled: int | None) -> int:
    """The process's exit status once the event loop has returned `loop_status`.

    The kiosk's own record wins over what the event loop returned: closing the last window
    also posts a quit with status 0, which may end the loop before the kiosk's exit(code).
    """
    if kiosk is None:
        return loop_status  # the desktop app: a signal is an ordinary quit (status 0)
    if kiosk.exit_status is not None:
        return kiosk.exit_status
    if signalled is not None:
        return for_signal(signalled)
    return loop_status
