"""A hook for the site engine: it lets go of each page's Markdown once the page is converted to HTML.

``rolegen build`` writes this file beside each language's ``mkdocs.yml``
(``hooks/rolegen_engine.py``) and names it under ``hooks:``; it runs inside
the engine (MkDocs or ProperDocs), not inside rolegen, and imports nothing of
rolegen. An engine keeps every page's Markdown source until the end of the
build, beside its HTML, although nothing reads the source again once the
page is converted: a quarter of the engine's memory on a large guide. The
hook empties it, after every plugin has seen the page's HTML
(lowest priority). The built site is the same byte for byte.

Under ``rolegen serve`` it also makes the engine's server look for changed
files every 0.2 s instead of every 0.5 s, so that a saved role shows sooner;
the folders it watches are the few that rolegen writes.

A plugin that is not one the guide ships with (search, tags), or another
hook, might read the source later; when the configuration names one, this
hook does nothing.
"""

from __future__ import annotations

from typing import Any

KNOWN_PLUGINS = frozenset({"search", "tags"})
"""Plugins known not to read a page's Markdown after it is converted (with or without the theme's prefix)."""

HOOK_FILE = "rolegen_engine.py"

_active = False


_UNSAFE = "".join(map(chr, [*range(0, 9), *range(11, 32), *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A)]))


def on_config(config: Any) -> None:
    """Also escapes the guide's name for the theme's templates, which print it raw in places (<title>,
    aria-label): a name holding markup stays text. As Markup, the theme's own ``| e`` leaves it as it is."""
    global _active
    from markupsafe import Markup

    name = config.get("site_name")
    if isinstance(name, str) and not isinstance(name, Markup):
        plain = name.translate({ord(c): None for c in _UNSAFE})
        # the theme quotes attributes with double quotes: an apostrophe stays as it is ("Guide de l'équipe")
        config["site_name"] = Markup(plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                     .replace('"', "&quot;"))
    # Hooks count as plugins too, under their path; this one is known.
    names = {str(name).rsplit("/", 1)[-1] for name in config["plugins"] if not str(name).endswith(HOOK_FILE)}
    _active = names <= KNOWN_PLUGINS


def _lowest(function):
    """Run after every plugin's handler of the same event (where the engine supports priorities)."""
    try:
        from mkdocs.plugins import event_priority
    except ImportError:  # another engine: the priority is a refinement
        try:
            from properdocs.plugins import event_priority  # type: ignore[no-redef]
        except ImportError:
            return function
    return event_priority(-100)(function)


@_lowest
def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if _active:
        # Empty rather than None: the page's title is still worked out as before (None would read as unread).
        page.markdown = ""
    return html


PREVIEW_POLL_SECONDS = 0.2
"""How often the engine's server looks for changed files under ``rolegen serve`` (MkDocs polls every 0.5 s)."""


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    # The server's watcher has no setting for this: its polling threads are told directly, where they exist.
    observer = getattr(server, "observer", None)
    emitters = getattr(observer, "emitters", ())
    if hasattr(observer, "_timeout") and all(hasattr(emitter, "_timeout") for emitter in emitters):
        observer._timeout = min(observer._timeout, PREVIEW_POLL_SECONDS)
        for emitter in emitters:
            emitter._timeout = min(emitter._timeout, PREVIEW_POLL_SECONDS)
    return server
