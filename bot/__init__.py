"""Own the Slack side: the Bolt app, its listeners by kind, Block Kit templates, and the Slack notifier (one destination of jobs.notify)."""
