"""MkDocs with Material for MkDocs, and ProperDocs (a fork of MkDocs that reads the same configuration).

Both run rolegen's hook (:mod:`rolegen.site.enginehook`), which lets go of
each page's Markdown once converted and makes the preview server poll
faster; both check every link strictly (a warning fails the build); the
theme's lunr search gets rolegen's accent folding
(:mod:`rolegen.site.searchfold`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rolegen.site.engines import Engine
from rolegen.site.searchfold import lunr_fold

HOOK = "hooks/rolegen_engine.py"
"""The engine hook written into each language's folder (see :mod:`rolegen.site.enginehook`)."""
_HOOK_SOURCE = (Path(__file__).resolve().parent.parent / "enginehook.py").read_text(encoding="utf-8")
_VALIDATION = {
    "omitted_files": "warn",
    "absolute_links": "warn",
    "unrecognized_links": "warn",
    "anchors": "warn",
}


class MkDocs(Engine):
    name = "mkdocs"
    module = "mkdocs"
    package = "mkdocs"
    generator = ("Material for MkDocs", "https://squidfunk.github.io/mkdocs-material/")

    def environment(self) -> dict[str, str]:
        env = super().environment()
        env["NO_MKDOCS_2_WARNING"] = "1"  # a notice the theme prints on every build
        return env

    def build_command(self, config: Path, strict: bool = True) -> list[str]:
        return self.command("build", config, *(("--strict", "--quiet") if strict else ("--quiet",)))

    def serve_command(self, config: Path, dev_addr: str) -> list[str]:
        return self.command("serve", config, "--dirty", "--dev-addr", dev_addr)

    def configure(self, config: dict[str, Any], lang: str) -> dict[str, Any]:
        hooks = config.get("hooks") if isinstance(config.get("hooks"), list) else []
        config["hooks"] = [*hooks, HOOK]
        validation = config.get("validation") if isinstance(config.get("validation"), dict) else {}
        config["validation"] = {**validation, **_VALIDATION}
        return config

    def theme_files(self, lang: str, patch: Path | None) -> dict[str, str | bytes]:
        return {**super().theme_files(lang, patch), **(lunr_fold(patch) if patch is not None else {})}

    def folder_files(self) -> dict[str, str | bytes]:
        return {HOOK: _HOOK_SOURCE}


class ProperDocs(MkDocs):
    name = "properdocs"
    module = "properdocs"
    package = "properdocs"
