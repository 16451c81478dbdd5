"""Modal dialogs, each composing a form generated from ui/*.ui."""
