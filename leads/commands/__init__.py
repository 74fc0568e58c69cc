"""Hold the `leads` commands: one module each, named for the command.

Their one-line help lives here so `leads --help` can list every command without
importing any of them (each pulls in the libraries its work needs)."""

from __future__ import annotations

# In the order `leads --help` lists them.
HELPS: dict[str, str] = {
    "ingest": "Import conversations from files (JSON Lines, WhatsApp webhooks or chat exports); - is stdin.",
    "list": "List leads, newest (or best) first, with filters.",
    "show": "Show one lead with its conversations and status history.",
    "status": "Set a lead's status (short forms work: quote, spam, follow, not int).",
    "assign": "Give lead ID to a Slack user (U012ABCDEF, me via LEADS_SLACK_USER) or to none.",
    "remind": "Send the reminders that are due now (overdue leads, hot leads nobody took); --at TIME pretends it is TIME.",
    "stats": "Show the dashboard: totals, quality, average score, by status, source and agent.",
    "export": "Export leads (filters as for list) as CSV or JSON Lines.",
    "process": "Turn new and changed conversations into scored leads, then send the alerts.",
    "unmerge": "Undo the merge of lead ID (the merged-away lead, as `leads show ID` names it) into another lead.",
    "reidentify": "Repair existing leads: run identity again on the stored conversations and split leads that hold several people (statuses and audit rows kept); --dry-run shows what would change.",
    "digest": "Show the digest of the last 24 hours; --send posts it (to Slack when SLACK_BOT_TOKEN is set).",
    "train": "Retrain the model on the statuses the team set (kept only if not worse); --rollback.",
    "evaluate": "Evaluate the scoring model: intent per language, score AUC/Brier, reliability, spam.",
    "worker": "Run the scheduled jobs only (no Slack bot); start several on PostgreSQL to share the work.",
    "serve": "Run the web server on --port: Slack (POST /slack/events, signed requests only; Socket Mode instead when SLACK_APP_TOKEN is set), live capture webhooks (WhatsApp, Chatwoot, generic chat), /health, /ready, /metrics; the scheduled jobs run alongside.",
    "demo": "Run the product on 200 bundled sample chats in a fresh ./leads-demo.db and show the dashboard, top leads, alerts and digest (posted to Slack when SLACK_BOT_TOKEN is set).",
    "deliver": "Send the alerts and digests that are due now; --list shows what is not delivered, --requeue KEY sends a failed or interrupted one again.",
}
