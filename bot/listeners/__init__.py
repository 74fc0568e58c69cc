"""Listeners by kind: commands, actions, views, events; each package has register(app)."""
