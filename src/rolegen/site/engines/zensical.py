"""Zensical: the successor Material for MkDocs names, a Rust engine that reads the same ``mkdocs.yml``.

What it does differently, and what rolegen does about it:

- it runs no MkDocs hook, and has no ``--quiet``; it builds the whole site
  in one process, several times faster than MkDocs;
- its link checks are ``invalid_links`` and ``invalid_link_anchors`` (both on);
- it reads a relative link to a file in a page's raw HTML from the page's
  source file, and rewrites it (the guide's raw HTML links are written that
  way for it: :attr:`raw_links`); a link to a ``.md`` file is a link to a page
  for it, so a Markdown posting is linked under a second name ending in
  ``.markdown`` (:meth:`download_name`), saved under its own name;
- its theme has a "classic" variant that looks like Material for MkDocs
  (kept), and a few French words missing (added in the page's language);
- its search already ignores accents; its search box writes a few English words
  of its own, which rolegen's copy of its script gives in the page's language.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rolegen.site.engines import Engine
from rolegen.site.words import site_words

MARKDOWN_NAME = ".markdown"
"""The suffix a Markdown posting is linked under (the engine would read ``.md`` as a page)."""
_MISSING_WORDS = {"action.copy": "copy", "clipboard.error": "clipboard_error"}
"""Theme words some of Zensical's languages lack (key -> rolegen's word)."""
_BUNDLE_WORDS = {
    '"Close search"': "search_close",
    '"Filters"': "search_filters",
    '"Tags"': "tags",
    '"Use Up and Down arrow keys to move between tags. Press Space or Enter to toggle a tag."': "search_tags_hint",
    '"Search"': "search",
    '"Search results"': "search_results",
    '"Search is unavailable. Reload the page to try again."': "search_unavailable",
    '"No results"': "search_none",
    '"Loading search\\u2026"': "search_loading",
    '?"result":"results"': ("search_result_one", "search_result_other"),
    '"en-US"': "number_locale",
}
"""English words the search box of Zensical's script writes as they are (its text in the script -> rolegen's word)."""


class Zensical(Engine):
    name = "zensical"
    module = "zensical"
    package = "'rolegen[zensical]'"
    generator = ("Zensical", "https://zensical.org/")
    raw_links = "source"
    search_field_limit = 32_768  # Zensical 0.0.73 refuses to build past it ("exceeds the search index limit")

    def build_command(self, config: Path, strict: bool = True) -> list[str]:
        return self.command("build", config, "--clean", *(("--strict",) if strict else ()))

    def serve_command(self, config: Path, dev_addr: str) -> list[str]:
        return self.command("serve", config, "--dev-addr", dev_addr)

    def environment(self) -> dict[str, str]:
        env = super().environment()
        env["NO_COLOR"] = "1"  # its messages go through rolegen, which keeps the last lines of a failure
        return env

    def configure(self, config: dict[str, Any], lang: str) -> dict[str, Any]:
        config.pop("hooks", None)
        config["validation"] = {"invalid_links": True, "invalid_link_anchors": True}
        theme = config["theme"]
        theme.setdefault("variant", "classic")
        return config

    def theme_files(self, lang: str, patch: Path | None) -> dict[str, str | bytes]:
        files = super().theme_files(lang, patch)
        files["partials/language.html"] = _language_partial(lang)
        theme = _theme_folder()
        if theme is not None:
            files.update(_translated_bundle(theme, lang))
        return files

    def download_name(self, path: str) -> str:
        return path[: -len(".md")] + MARKDOWN_NAME if path.endswith(".md") else path

    def finish_postings(self, folder: Path) -> None:
        _markdown_names(folder)

    def build_failed(self, returncode: int, output: str) -> bool:
        return returncode != 0 or re.search(r"^Warning:", output, re.MULTILINE) is not None


def _theme_folder() -> Path | None:
    try:
        import zensical  # the engine's package, where its theme is
    except ImportError:
        return None
    folder = Path(zensical.__file__).parent / "templates"
    return folder if folder.is_dir() else None


def _translated_bundle(theme: Path, lang: str) -> dict[str, bytes]:
    """The theme's script with its search box's English words in ``lang`` (nothing to change in English)."""
    words = site_words(lang)
    english = site_words("en")
    if all(words[key] == english[key] for keys in _BUNDLE_WORDS.values()
           for key in (keys if isinstance(keys, tuple) else (keys,))):
        return {}
    result = {}
    for path in sorted((theme / "assets" / "javascripts").glob("bundle.*.min.js")):
        text = path.read_text(encoding="utf-8")
        for literal, keys in _BUNDLE_WORDS.items():
            if isinstance(keys, tuple):
                one, other = (json.dumps(words[key]) for key in keys)
                text = text.replace(literal, f"?{one}:{other}")
            else:
                text = text.replace(literal, json.dumps(words[keys]))
        result[f"assets/javascripts/{path.name}"] = text.encode("utf-8")
    return result


def _language_partial(lang: str) -> str:
    """The theme's ``partials/language.html`` with the words its ``lang`` file lacks, in ``lang``."""
    words = site_words(lang)
    own = ", ".join(f'"{key}": {json.dumps(words[word], ensure_ascii=False)}' for key, word in _MISSING_WORDS.items())
    return ('{% set language = config.theme.language | d("en", true) %}\n'
            '{% import "partials/languages/" ~ language ~ ".html" as lang %}\n'
            '{% import "partials/languages/en.html" as fallback %}\n'
            '{% macro t(key) %}{{ ({' + own + '})[key] or lang.t(key) or fallback.t(key) or key }}{% endmacro %}\n')


def _markdown_names(folder: Path) -> None:
    """A second name (``.markdown``) for every Markdown posting of ``folder``: the name the pages link to."""
    for path in sorted(folder.rglob("*.md")):
        twin = path.with_suffix(MARKDOWN_NAME)
        if not twin.exists():
            try:
                twin.hardlink_to(path)
            except OSError:  # a file system without hard links
                twin.write_bytes(path.read_bytes())
