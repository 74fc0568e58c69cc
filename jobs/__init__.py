"""Own the batch work where storage and model meet: ingest, process (in steps), deliver, digest, retrain; each job has run_once(), and jobs/scheduler.py is the only scheduler."""
