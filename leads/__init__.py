"""Own the composition root: settings (TOML + environment) parsed into each layer's config, the leads CLI and the wiring of the layers."""
