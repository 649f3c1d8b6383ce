"""Qt widgets. Thin: they turn user actions into calls and render state they are given."""
