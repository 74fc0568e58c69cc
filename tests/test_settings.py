"""Check that settings parse strictly and that config.example.toml documents every one."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from leads.settings import SETTINGS, SettingsError, load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config.example.toml"


def _flat(data: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in data.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def test_every_setting_is_documented_with_its_default() -> None:
    documented = _flat(tomllib.loads(EXAMPLE.read_text()))
    missing = [s.name for s in SETTINGS if s.name not in documented]
    assert not missing, f"add these to config.example.toml: {missing}"
    wrong = {s.name: documented[s.name] for s in SETTINGS if documented[s.name] != s.default}
    assert not wrong, f"config.example.toml shows other values than the defaults: {wrong}"
    text = EXAMPLE.read_text()
    for s in SETTINGS:
        key = s.name.split(".")[-1]
        line = next(i for i, ln in enumerate(text.splitlines()) if ln.startswith(f"{key} ="))
        assert text.splitlines()[line - 1].startswith("#"), f"{s.name} has no comment above it"


def test_example_file_loads_and_has_no_unknown_keys() -> None:
    settings = load(EXAMPLE, environ={})
    assert settings["scoring.alert_threshold"] == 80
    assert settings["database.url"] == "sqlite:///leads.db"


def test_defaults_without_a_file() -> None:
    settings = load(environ={})
    assert {s.name: settings[s.name] for s in SETTINGS} == {s.name: s.default for s in SETTINGS}


def test_database_url_from_environment_then_flag() -> None:
    env = {"LEADS_DATABASE_URL": "sqlite:///env.db"}
    assert load(environ=env)["database.url"] == "sqlite:///env.db"
    assert load(environ=env, db_url="sqlite:///flag.db")["database.url"] == "sqlite:///flag.db"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[scoring]\nalert_treshold = 70\n", "Unknown setting 'scoring.alert_treshold'"),
        ("[scoring]\nalert_threshold = 'high'\n", "scoring.alert_threshold must be a whole number"),
        ("[scoring]\nalert_threshold = 120\n", "scoring.alert_threshold must be from 0 to 100"),
        ("[scoring]\nalert_threshold = true\n", "scoring.alert_threshold must be a whole number"),
        (
            "[extraction]\ndefault_region = 'Spain'\n",
            "extraction.default_region must be a two-letter",
        ),
        ("[schedule]\ntimezone = 'Mars/Olympus'\n", "schedule.timezone must be an IANA time zone"),
        ("[schedule]\ndigest_cron = 'every day'\n", "schedule.digest_cron must be a 5-field cron"),
        (
            "[schedule]\nretrain_cron = '0 3 * * 9'\n",
            "schedule.retrain_cron must be a 5-field cron",
        ),
        ("[slack]\nallowed_users = 'U123'\n", "slack.allowed_users must be a list of strings"),
        ("[slack]\nalerts_channel = ''\n", "slack.alerts_channel must not be empty"),
        ("[database]\nurl = 'mysql://x'\n", "database.url must be a sqlite:/// or postgresql"),
        ("[slack]\nbot_token = 'xoxb-1'\n", "Unknown setting 'slack.bot_token'"),
        ("scoring = 3\n", "Unknown setting 'scoring'"),
        ("[scoring\n", "is not valid TOML"),
    ],
)
def test_bad_settings_stop_with_the_key_named(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(toml)
    with pytest.raises(SettingsError, match=message.replace("(", r"\(")):
        load(path, environ={})


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="Config file not found"):
        load(tmp_path / "nope.toml", environ={})


def test_cli_reports_a_bad_setting_and_exits_2(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from leads.cli import main

    path = tmp_path / "config.toml"
    path.write_text("[scoring]\nalert_threshold = -1\n")
    assert main(["--config", str(path), "stats"]) == 2
    assert "scoring.alert_threshold must be from 0 to 100" in capsys.readouterr().err


def test_every_default_passes_its_own_check_unchanged() -> None:
    """load() trusts defaults without re-checking them, so each must be valid as written."""
    from leads.settings import SETTINGS

    for setting in SETTINGS:
        assert setting.check(setting.name, setting.default) == setting.default, setting.name
