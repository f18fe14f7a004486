"""Kiosk mode: one controller wrapped around the main window for an unattended touch screen.

`KioskController` (kiosk_controller.py) ties together the parts, each in its own module:
the validated configuration (kiosk_config), the PIN hash (pin), the idle timer
(idle_watcher), the attract loop (attract_loop), the lock-down (lockdown), the operator's
hidden gesture and PIN pad (operator_gesture, pin_pad), touch support (touch) and the
return home after an error (self_healing). `cli` adds the command-line options. The panes
know nothing of any of it: they only offer `reset()` and `is_pristine()`.
"""
