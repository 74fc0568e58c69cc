"""`python -m corpus.build --social`: an experimental bundle, never the shipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

import corpus.build as corpus_build
import corpus.generate as generate
import model.build as model_build


def test_social_needs_a_folder_of_its_own(monkeypatch, capsys) -> None:
    written = []
    monkeypatch.setattr(corpus_build, "write_packaged", lambda *a: written.append(a))
    with pytest.raises(SystemExit) as exc:
        corpus_build.main(["--social"])
    assert exc.value.code == 2
    assert "--social needs --out" in capsys.readouterr().err
    assert written == []  # the packaged corpus is left as it is


def test_social_trains_the_main_rows_plus_the_block_into_out(monkeypatch, tmp_path) -> None:
    calls = []

    class Bundle:
        path = tmp_path / "social"

    def fake_build(out, *, examples, use_sms):
        calls.append((out, examples, use_sms))
        return Bundle(), None

    monkeypatch.setattr(model_build, "build", fake_build)
    monkeypatch.setattr(
        corpus_build, "write_packaged", lambda *a: pytest.fail("wrote the packaged corpus")
    )
    corpus_build.main(["--social", "--size", "600", "--out", str(tmp_path / "social")])
    ((out, examples, use_sms),) = calls
    assert Path(out) == tmp_path / "social" and use_sms
    social = [e for e in examples if e.truth.get("intent_only") or "social" in e.family]
    spam, buyers, remarks = generate._social_counts(600 * generate.SOCIAL_BASE // 12000)
    assert len(social) == spam + buyers + remarks
    # the block takes its own share: the main rows are those of a corpus of 600
    main_rows = [e for e in examples if "social" not in e.family and "market" not in e.family]
    assert [e.conversation for e in main_rows] == [
        e.conversation for e in generate.generate(600) if "market" not in e.family
    ]
