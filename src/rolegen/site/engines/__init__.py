"""The engines that build the guide's pages, behind one small interface.

rolegen writes each language's pages and configuration (``mkdocs.yml``)
into ``build/guide/<lang>/``; an engine turns that folder into a site. What
differs from one engine to the next lives here and nowhere else:

- the command lines that build and serve a folder (:meth:`Engine.build_command`,
  :meth:`Engine.serve_command`) and their environment;
- what the engine needs in the configuration rolegen derives
  (:meth:`Engine.configure`): hooks, link checks, theme settings;
- the files it needs beside the pages (:meth:`Engine.theme_files`,
  :meth:`Engine.folder_files`): the hook, the search-folding patch, the
  theme's partials in the page's language;
- how it reads a link in raw HTML (:attr:`Engine.raw_links`) and the name a
  Markdown posting is linked under (:meth:`Engine.download_name`);
- what it leaves to mend once built (:meth:`Engine.finish`): the 404 page's links.

``engine = "mkdocs" | "properdocs" | "zensical"`` in ``rolegen.toml`` and
``--engine`` on ``rolegen build`` and ``rolegen serve`` choose one.
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any

from rolegen.errors import UsageError
from rolegen.site.words import site_words


class Engine:
    """What every engine has in common; each engine overrides what it does differently."""

    name = ""
    """The name in rolegen.toml and on the command line."""
    module = ""
    """The Python module that runs it (``python -m MODULE``)."""
    package = ""
    """The package that installs it (named in the message when it is missing)."""
    generator = ("", "")
    """(name, address) of the engine and theme, for the footer."""
    raw_links = "url"
    """How the engine reads a relative link to a file in a page's raw HTML: ``url`` (left as written, relative
    to the page's address) or ``source`` (relative to the page's source file, then rewritten)."""

    search_field_limit: int | None = None
    """The most bytes of text the engine's search index takes for one section of a page (None: no limit)."""

    def available(self) -> bool:
        return importlib.util.find_spec(self.module) is not None

    def page(self, text: str) -> str:
        """A generated page as this engine is given it: a page with a section too large for the engine's search
        index (a list of every role in a guide of a thousand roles) is left out of search rather than failing the
        build; its content is in the other pages' entries."""
        if self.search_field_limit is None or len(text) <= self.search_field_limit // 4:
            return text  # a character is at most 4 bytes
        if max(map(_size, _SECTION.split(text))) <= self.search_field_limit:
            return text
        if text.startswith("---\n"):
            return "---\nsearch:\n  exclude: true\n" + text[4:]
        return "---\nsearch:\n  exclude: true\n---\n" + text

    def check(self) -> None:
        """A UsageError when the engine is not installed."""
        if not self.available():
            raise UsageError(f"the {self.name} engine is not installed; install it with: pip install {self.package}")

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("PYTHONUTF8", "1")
        return env

    def command(self, action: str, config: Path, *extra: str) -> list[str]:
        return [sys.executable, "-m", self.module, action, "-f", str(config), *extra]

    def build_command(self, config: Path, strict: bool = True) -> list[str]:
        raise NotImplementedError

    def serve_command(self, config: Path, dev_addr: str) -> list[str]:
        raise NotImplementedError

    def configure(self, config: dict[str, Any], lang: str) -> dict[str, Any]:
        """The derived configuration of ``lang`` with what this engine needs."""
        return config

    def theme_files(self, lang: str, patch: Path | None) -> dict[str, str | bytes]:
        """Files of the theme's custom folder for ``lang``; ``patch`` is rolegen's searchfold.js."""
        return {"partials/copyright.html": copyright_partial(self.generator, lang)}

    def folder_files(self) -> dict[str, str | bytes]:
        """Files of each language's folder beside docs/ (path -> content)."""
        return {}

    def download_name(self, path: str) -> str:
        """The path a posting is linked under (the file itself, unless the engine would take it for a page)."""
        return path

    def finish_postings(self, folder: Path) -> None:
        """Mend the postings' folder once written (the names the pages link to)."""

    def build_failed(self, returncode: int, output: str) -> bool:
        """Whether a build ended in failure (a warning counts: the guide is built strictly)."""
        return returncode != 0

    def finish(self, site: Path, lang: str, site_url: str) -> None:
        """Mend what the engine left in the built site of ``lang``."""
        if not site_url:
            fix_404(site / "404.html", lang)


_SECTION = re.compile(r"^(?=#{1,6} )", re.MULTILINE)


def _size(section: str) -> int:
    return len(section.encode("utf-8"))


_ROOT_LINK = re.compile(r'((?:href|src)="|"(?:base|search)":\s*")/(?!/)')


def fix_404(page: Path, lang: str) -> None:
    """Without a ``site_url``, engines write the 404 page's links from the server's root (``/assets/...``).

    The guide's languages live one folder down (``/fr/``, ``/en/``), so those
    links get the language's folder; the site is assumed at the server's root,
    as the engine itself assumes. With a ``site_url`` nothing needs changing.
    """
    if page.is_file():
        text = page.read_text(encoding="utf-8")
        page.write_text(_ROOT_LINK.sub(rf"\1/{lang}/", text), encoding="utf-8")


def copyright_partial(generator: tuple[str, str], lang: str) -> str:
    """The footer's "made with" line in the page's language (the theme writes it in English)."""
    name, address = (html.escape(part) for part in generator)
    return ('<div class="md-copyright">\n{% if config.copyright %}\n'
            '<div class="md-copyright__highlight">{{ config.copyright }}</div>\n{% endif %}\n'
            '{% if not config.extra.generator == false %}\n'
            f'{html.escape(site_words(lang)["made_with"])} '
            f'<a href="{address}" target="_blank" rel="noopener">{name}</a>\n'
            '{% endif %}\n</div>\n')


def _registry() -> dict[str, Engine]:
    from rolegen.site.engines.mkdocs import MkDocs, ProperDocs
    from rolegen.site.engines.zensical import Zensical

    return {engine.name: engine for engine in (MkDocs(), ProperDocs(), Zensical())}


NAMES = ("mkdocs", "properdocs", "zensical")
"""The engines rolegen knows, the default first."""
DEFAULT = "mkdocs"


def get(name: str) -> Engine:
    """The engine called ``name``; a UsageError for a name rolegen does not know."""
    engines = _registry()
    if name not in engines:
        raise UsageError(f"unknown engine '{name}'; use one of: {', '.join(NAMES)}")
    return engines[name]
