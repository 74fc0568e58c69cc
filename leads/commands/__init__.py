"""Own the leads CLI's commands, one module each with NAME, HELP, add_arguments() and run()."""
