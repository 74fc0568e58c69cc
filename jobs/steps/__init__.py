"""Own the steps of processing one batch of conversations, one module each.

`jobs.process` runs them in order inside one transaction: `claim` (take due
conversations), `extract` (contact details and request), `score` (one `predict` call
for the batch and the context it needs), `identify` (who is who: group conversations by
person and find their leads), `lead_state` (decide each person's lead: merge, fold in
the conversations, pick name, score and status), `store` (write leads, identities,
links, history and conversation outcomes in bulk) and `alerts` (queue outbox alerts).
Each step is a function over the batch's plain records (`batch.Item`, `batch.Batch`),
testable and profilable alone.
"""
