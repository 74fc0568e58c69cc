"""Define every setting once (name, default, help) and parse TOML + environment strictly."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers


class SettingsError(ValueError):
    """Say which setting is wrong and what it expects; start-up stops on it."""


@dataclass(frozen=True, slots=True)
class Setting:
    """Describe one setting: its dotted name, default, expected kind and help."""

    name: str
    default: Any
    help: str
    check: Callable[[str, Any], Any]


def _int(lo: int, hi: int) -> Callable[[str, Any], Any]:
    def check(name: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(f"{name} must be a whole number from {lo} to {hi}, got {value!r}")
        if not lo <= value <= hi:
            raise SettingsError(f"{name} must be from {lo} to {hi}, got {value}")
        return value

    return check


def _fraction(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise SettingsError(f"{name} must be a number from 0 to 1, got {value!r}")
    return float(value)


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingsError(f"{name} must be true or false, got {value!r}")
    return value


def _str(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise SettingsError(f"{name} must be a string, got {value!r}")
    return value


def _nonempty(name: str, value: Any) -> str:
    if not _str(name, value).strip():
        raise SettingsError(f"{name} must not be empty")
    return value


def _str_list(name: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsError(f'{name} must be a list of strings, e.g. ["U012ABCDEF"], got {value!r}')
    return list(value)


def _region(name: str, value: Any) -> str:
    region = _str(name, value).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise SettingsError(
            f"{name} must be a two-letter country code such as US, ES or DE, got {value!r}"
        )
    return region


def _timezone(name: str, value: Any) -> str:
    try:
        ZoneInfo(_str(name, value))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError(
            f"{name} must be an IANA time zone such as UTC or Europe/Madrid, got {value!r}"
        ) from exc
    return value


def _cron(name: str, value: Any) -> str:
    from jobs.scheduler import parse_cron  # the scheduler owns cron syntax

    try:
        parse_cron(_str(name, value), "UTC")
    except ValueError as exc:
        raise SettingsError(
            f'{name} must be a 5-field cron expression such as "0 8 * * *", got {value!r} ({exc})'
        ) from exc
    return value


def _database_url(name: str, value: Any) -> str:
    url = _nonempty(name, value)
    if not url.startswith(("sqlite:", "postgresql", "postgres:")):
        raise SettingsError(
            f"{name} must be a sqlite:/// or postgresql+psycopg:// URL, got {value!r}"
        )
    return url


def _span(name: str, value: Any) -> str:
    from storage.due import DueError, check_span

    try:
        return check_span(_str(name, value))
    except DueError as exc:
        raise SettingsError(f"{name}: {exc}") from exc


def _hour(name: str, value: Any) -> str:
    from storage.due import DueError, parse_hour

    try:
        parse_hour(_str(name, value))
    except DueError as exc:
        raise SettingsError(f"{name}: {exc}") from exc
    return value


def _channel(name: str, value: Any) -> str:
    return _nonempty(name, value)


SETTINGS: tuple[Setting, ...] = (
    Setting("database.url", "sqlite:///leads.db",
            "Where leads are stored: sqlite:///FILE (one machine) or "
            "postgresql+psycopg://USER@HOST/DB (several machines). "
            "--db and LEADS_DATABASE_URL override it.", _database_url),
    Setting("extraction.default_region", "US",
            "Country (ISO 3166 two letters) for phone numbers written without +country code, "
            "when neither a WhatsApp sender, a place the customer names nor the language "
            "tells.", _region),
    Setting("scoring.alert_threshold", 80,
            "Score (0-100) at which a lead is announced in the alerts channel.", _int(0, 100)),
    Setting("scoring.model_path", "",
            "A model bundle to score with; empty: the newest one `leads train` accepted, "
            "else the shipped model.", _str),
    Setting("scoring.model_dir", "models",
            "Folder where `leads train` keeps versioned models (relative to the working "
            "directory).", _nonempty),
    Setting("scoring.retrain_base_margin", 0.01,
            "How far each base figure (intent macro-F1, quality AUC on the built-in "
            "evaluation set) may drop for `leads train` to accept a model that agrees better "
            "with the team.", _fraction),
    Setting("processing.batch_size", 500,
            "Conversations processed (and committed) together.", _int(1, 10_000)),
    Setting("processing.extract_workers", -1,
            "Helper processes that extract upcoming conversations while batches are scored "
            "and stored, used for backlogs of 3,000+: -1 one per spare core (1 to 2), "
            "0 none.", _int(-1, 8)),
    Setting("identity.shared_key_limit", 3,
            "An email or phone seen with more than this many different full names (a team "
            "inbox, a switchboard, a family phone) stops merging people.", _int(1, 1000)),
    Setting("identity.max_alternates", 10,
            "Alternate emails and phones kept per lead; past that a detail stays on its "
            "conversation only.", _int(0, 1000)),
    Setting("slack.alerts_channel", "#leads-alerts",
            "Channel (name or id) for high-quality lead alerts.", _channel),
    Setting("slack.digest_channel", "#leads",
            "Channel (name or id) for the nightly digest.", _channel),
    Setting("slack.allowed_users", [],
            "Slack user ids allowed to export and change statuses. With allowed_channels "
            "empty too, nobody may.", _str_list),
    Setting("slack.allowed_channels", [],
            "Slack channel ids in which anyone may export and change statuses.", _str_list),
    Setting("schedule.timezone", "UTC",
            "Time zone of the cron times below (IANA name).", _timezone),
    Setting("schedule.process_every_minutes", 5,
            "How often new conversations are processed and alerts delivered.", _int(1, 1440)),
    Setting("schedule.digest_cron", "0 8 * * *",
            "When the digest is posted (cron: minute hour day month weekday).", _cron),
    Setting("schedule.retrain_cron", "0 3 * * 0",
            "When the model is retrained on the team's decisions (cron).", _cron),
    Setting("schedule.remind_every_minutes", 15,
            "How often overdue leads are looked for and their reminders sent.", _int(1, 1440)),
    Setting("followup.quote_request", "1bd",
            "When a lead set to Quote Request is due, unless a due time is given "
            "(3d: days, 1bd: business days, skipping Saturday and Sunday, 2w: weeks, 4h: hours).",
            _span),
    Setting("followup.follow_up", "3d",
            "When a lead set to Follow-up is due, unless a due time is given.", _span),
    Setting("followup.waiting_response", "2d",
            "When a lead set to Waiting Response is due, unless a due time is given.", _span),
    Setting("followup.due_time", "09:00",
            "Local time of day (schedule.timezone) a due time given in days lands on.", _hour),
    Setting("followup.first_touch_minutes", 60,
            "Minutes after its alert that a high-quality lead nobody has assigned or set a "
            "status on gets one nudge in the alerts channel.", _int(1, 7 * 24 * 60)),
    Setting("digest.hours", 24,
            "How many hours back the digest looks.", _int(1, 24 * 31)),
    Setting("delivery.max_attempts", 8,
            "Attempts before an alert that keeps failing is given up (with back-off).",
            _int(1, 100)),
    Setting("delivery.console_is_destination", False,
            "Without SLACK_BOT_TOKEN alerts are printed as a preview and stay queued for "
            "Slack; true makes the console the destination (printed alerts count as sent).",
            _bool),
    Setting("capture.whatsapp_idle_hours", 24,
            "Hours of silence after which a WhatsApp customer's next message starts a new "
            "conversation (24: WhatsApp's customer-service window).", _int(1, 24 * 30)),
)  # fmt: skip

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}
SECRETS = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_APP_SECRET",
    "CHATWOOT_WEBHOOK_TOKEN",
    "CHATWOOT_WEBHOOK_SECRET",
    "LEADS_WEBHOOK_SECRET",
)


class Settings(Mapping[str, Any]):
    """Hold validated values for every setting, read like a dict by dotted name."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        # A table where a value belongs stays whole, so its check names the key.
        if isinstance(value, dict) and name not in BY_NAME:
            out.update(_flatten(value, name + "."))
        else:
            out[name] = value
    return out


def load(
    path: str | Path | None = None,
    *,
    db_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Return settings from defaults, the TOML file at `path`, then the environment and `db_url`.

    Raises SettingsError naming the key for an unknown key, a wrong type or a bad value.
    """
    env = os.environ if environ is None else environ
    given: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        try:
            with p.open("rb") as fh:
                given = _flatten(tomllib.load(fh))
        except FileNotFoundError as exc:
            raise SettingsError(f"Config file not found: {p}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"{p} is not valid TOML: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise SettingsError(f"Config file {p} is not UTF-8 text (TOML must be)") from exc
        except IsADirectoryError as exc:
            raise SettingsError(f"Config file {p} is a directory; name a TOML file") from exc
        except OSError as exc:
            raise SettingsError(f"Cannot read config file {p}: {exc.strerror}") from exc
    for key in given:
        if key not in BY_NAME:
            raise SettingsError(
                f"Unknown setting '{key}' in {path}. Known settings are listed in "
                "config.example.toml."
            )
    if env.get("LEADS_DATABASE_URL"):
        given["database.url"] = env["LEADS_DATABASE_URL"]
    if db_url:
        given["database.url"] = db_url
    values = {}
    for setting in SETTINGS:
        if setting.name not in given:
            # Defaults are checked by the tests; not re-checking them keeps every command
            # from importing the cron parser (0.1 s) just to start.
            values[setting.name] = setting.default
            continue
        values[setting.name] = setting.check(setting.name, given[setting.name])
    return Settings(values)
