"""Pages shown in the main window's stack; each has a ``refresh()`` called when it is shown."""
