"""rolegen diff: two versions of the knowledge base, described in words."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURE_KB, edit


def change(roles: Path) -> None:
    """A change of each kind: a value, a text in one language, texts added, ids added and dropped, an item changed."""
    cm = roles / "community-manager.yml"
    edit(roles / "digital-manager.yml", "level: middle-management", "level: management")
    edit(roles / "digital-manager.yml", "  - fr: Arbitrer les budgets.\n    en: Allocate budgets.\n",
         "  - fr: Arbitrer les budgets.\n    en: Allocate budgets.\n  - fr: Recruter.\n    en: Hire.\n")
    text = cm.read_text(encoding="utf-8")
    cm.write_text(text, encoding="utf-8")


@pytest.fixture
def versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(FIXTURE_KB, tmp_path / "old")
    shutil.copytree(FIXTURE_KB, tmp_path / "new")
    change(tmp_path / "new")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_change(versions: Path, run) -> None:
    result = run("diff", "old", "old")
    assert result.stdout == "Changes to the roles\n====================\n\nNo change in the knowledge base.\n"


def test_text_md_and_json(versions: Path, run, golden) -> None:
    golden("diff/changes.txt", run("diff", "old", "new").stdout)
    golden("diff/changes.en.md", run("diff", "old", "new", "--format", "md", "--lang", "en").stdout)
    data = json.loads(run("diff", "old", "new", "--format", "json").stdout)
    assert data["format"] == "rolegen-diff" and data["roles"]["added"] == [] and data["roles"]["removed"] == []
    (changed,) = data["roles"]["changed"]
    assert changed["id"] == "digital-manager"
    assert changed["changes"] == [
        {"field": "level", "kind": "value", "old": "middle-management", "new": "management"},
        {"field": "daily_activities", "kind": "texts",
         "languages": {"fr": {"added": ["Recruter."], "dropped": []}, "en": {"added": ["Hire."], "dropped": []}}},
    ]


def test_roles_added_removed_and_items_changed(versions: Path, run, golden) -> None:
    new = versions / "new"
    edit(new / "community-manager.yml", "need: essential", "need: optional")
    edit(new / "community-manager.yml", "en: ", "en: Rewritten ")
    golden("diff/items.txt", run("diff", "old", "new").stdout)


def test_two_git_revisions(versions: Path, run, golden) -> None:
    repo = versions / "repo"
    shutil.copytree(versions / "old", repo / "roles")

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                       env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                            "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": "/usr/bin:/bin", "HOME": str(versions)})

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "first")
    change(repo / "roles")
    git("commit", "-qam", "second")
    result = run("diff", "--git", "HEAD~1", "HEAD", "--roles", str(repo / "roles"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == run("diff", "old", "new").stdout
    bad = run("diff", "--git", "HEAD~5", "HEAD", "--roles", str(repo / "roles"))
    assert bad.exit_code == 2 and bad.stderr == "no revision 'HEAD~5'\n"
    edit(repo / "roles" / "digital-manager.yml", "level: management", "level: boss")
    git("commit", "-qam", "third")
    broken = run("diff", "--git", "HEAD~1", "HEAD", "--roles", str(repo / "roles"))
    assert broken.exit_code == 1
    assert broken.stderr.splitlines()[0].startswith("HEAD:roles/digital-manager.yml:")
    assert "rolegen-diff-" not in broken.stderr


def test_a_role_added_and_removed_and_a_vocabulary_entry(versions: Path, run, golden) -> None:
    new = versions / "new"
    text = (new / "community-manager.yml").read_text(encoding="utf-8")
    text = text.replace("id: community-manager", "id: community-lead").replace(
        "title: {fr: Community manager, en: Community manager}", "title: {fr: Responsable communauté, en: Community lead}"
    ).replace("aliases: [CM, Animateur de communauté]\n", "").replace(
        "reports_to: [social-media-manager, digital-manager]\n", "")
    (new / "community-lead.yml").write_text(text, encoding="utf-8")
    edit(new / "vocabulary" / "skills.yml", "label: {fr: Modération, en: Moderation}",
         "label: {fr: Modération, en: Content moderation}")
    edit(new / "vocabulary" / "skills.yml", "- id: seo\n", "- id: video\n  label: {fr: Vidéo, en: Video}\n  kind: hard\n- id: seo\n")
    result = run("diff", "old", "new", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    golden("diff/added.en.txt", result.stdout)
    assert "Removed: Community lead (community-lead)." in run("diff", "new", "old", "--lang", "en").stdout
