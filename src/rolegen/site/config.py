"""The engine configuration of each language, derived from the top-level ``mkdocs.yml``.

The top-level file is the user's: site name, theme, palette, plugins,
Markdown extensions. rolegen keeps all of it and sets what depends on the
language and on the generated pages: ``docs_dir``, ``site_dir``, the
language, the navigation, the language switcher (``extra.alternate``), the
search language, its own stylesheet and script; the engine
(:mod:`rolegen.site.engines`) then adds what it needs, such as its link checks. Tags such as ``!ENV`` or
``!!python/name:`` are kept as they are, for the engine to read.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from rolegen.errors import DataError, Problem, UsageError
from rolegen.knowledge.loader import shown_path
from rolegen.site.engines.mkdocs import HOOK  # noqa: F401 - its former home, which tests and users import
from rolegen.site.words import site_words

ASSETS = "assets/rolegen"
"""Folder of the guide's own stylesheet, script and data, inside each language's docs."""
LANGS = ("fr", "en")
_NEEDED_EXTENSIONS = ("attr_list", "tables", "toc")


class Tagged:
    """A YAML value with a tag rolegen does not interpret (``!ENV``, ``!!python/name:...``)."""

    def __init__(self, tag: str, value: Any):
        self.tag = tag
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tagged) and (self.tag, self.value) == (other.tag, other.value)


class _Loader(yaml.SafeLoader):
    pass


def _construct_tagged(loader: yaml.Loader, suffix: str, node: yaml.Node) -> Tagged:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return Tagged(node.tag, value)


_Loader.add_multi_constructor("!", _construct_tagged)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_tagged)


class _Dumper(yaml.SafeDumper):
    pass


def _represent_tagged(dumper: yaml.Dumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Dumper.add_representer(Tagged, _represent_tagged)


def read_base(path: str | Path) -> dict[str, Any]:
    """The top-level configuration as data; a located DataError when it cannot be read."""
    source = Path(path)
    shown = shown_path(source)
    if not source.is_file():
        raise UsageError(f"no base configuration at '{path}'; give one with --config FILE")
    try:
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise DataError([Problem(shown, line, column, "", f"YAML error: {exc.problem or exc}")]) from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError([Problem(shown, 1, 1, "", f"cannot read the configuration: {exc}")]) from None
    if not isinstance(data, dict):
        raise DataError([Problem(shown, 1, 1, "", "the configuration must be a mapping of settings")])
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, (dict, str)):
        raise DataError([Problem(shown, 1, 1, "theme", "expected a theme name or a mapping of theme settings")])
    return data


def base_config(user: str | Path | None) -> dict[str, Any]:
    """The shipped defaults with the user's configuration read over them (``user`` None: the defaults alone)."""
    from rolegen.project.shipped import site_defaults

    defaults = read_base(site_defaults())
    return merge(defaults, read_base(user)) if user is not None else defaults


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` read over ``base``: mappings merged key by key, plugins and extensions by name, other values replaced.

    Keys come in ``over``'s order, then the keys only ``base`` has.
    """
    result: dict[str, Any] = {}
    for key, value in over.items():
        old = base.get(key)
        if key in ("plugins", "markdown_extensions") and old is not None and value is not None:
            merged = dict(_entries(old))
            merged.update(_entries(value))
            result[key] = [{name: options} if options else name for name, options in merged.items()]
        elif isinstance(old, dict) and isinstance(value, dict):
            result[key] = merge(old, value)
        else:
            result[key] = copy.deepcopy(value)
    result.update({key: copy.deepcopy(value) for key, value in base.items() if key not in over})
    return result


THEME_DIR = "theme"
"""The theme's custom folder of each language (``theme.custom_dir``): rolegen's templates, and the user's."""


def user_theme(base: dict[str, Any], config_path: Path | None) -> dict[str, bytes]:
    """The files of the base configuration's ``theme.custom_dir``, which the generated folder takes over."""
    theme = base.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not custom:
        return {}
    folder = (Path(config_path or "mkdocs.yml").parent / str(custom)).resolve()
    if not folder.is_dir():
        raise UsageError(f"{config_path}: theme.custom_dir '{custom}' is not a folder")
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def derive(base: dict[str, Any], lang: str, nav: list, alternate_prefix: str = "../",
           languages: tuple[str, ...] = LANGS) -> dict[str, Any]:
    """The configuration of ``lang``: the base with rolegen's settings for that language.

    ``extra.rolegen.<lang>`` in the base overrides top-level settings for one
    language (a translated ``site_name``, for instance). The language
    switcher offers ``languages``; a guide in one language has none.
    """
    config = copy.deepcopy(base)
    extra = config.get("extra") if isinstance(config.get("extra"), dict) else {}
    per_language = extra.pop("rolegen", None) or {}
    config.update(per_language.get(lang) or {})
    config.setdefault("site_name", site_words(lang)["site_name"])
    config.update(docs_dir="docs", site_dir="site", use_directory_urls=True, nav=nav)
    if config.get("site_url"):
        # Each language is its own site one folder down: its 404 page then finds its styles there.
        config["site_url"] = str(config["site_url"]).rstrip("/") + f"/{lang}/"
    config["theme"] = _theme(config.get("theme"), lang)
    if len(languages) > 1:
        extra["alternate"] = [
            {"name": site_words(other)["language_name"], "link": f"{alternate_prefix}{other}/", "lang": other}
            for other in languages
        ]
    config["extra"] = extra
    config["plugins"] = _plugins(config.get("plugins"), lang)
    config["markdown_extensions"] = _extensions(config.get("markdown_extensions"), lang)
    config["extra_css"] = [*(config.get("extra_css") or []), f"{ASSETS}/rolegen.css"]
    config["extra_javascript"] = [*(config.get("extra_javascript") or []), f"{ASSETS}/rolegen.js"]
    return config


def site_name(base: dict[str, Any], lang: str) -> str:
    """The guide's name in ``lang``: ``extra.rolegen.<lang>.site_name``, else ``site_name``, else rolegen's own."""
    extra = base.get("extra") if isinstance(base.get("extra"), dict) else {}
    per_language = (extra.get("rolegen") or {}).get(lang) or {}
    name = per_language.get("site_name") or base.get("site_name")
    return str(name) if isinstance(name, (str, int, float)) and str(name).strip() else site_words(lang)["site_name"]


def _theme(theme: Any, lang: str) -> dict[str, Any]:
    theme = {"name": theme} if isinstance(theme, str) else dict(theme or {"name": "material"})
    # Fonts from a web font service would be a request to another host.
    theme.update(language=lang, font=False, custom_dir=THEME_DIR)
    return theme


def _plugins(plugins: Any, lang: str) -> list:
    """The plugin list with search in ``lang`` and tags present.

    ``lang`` makes the theme's search load that language's support (French
    stop words, trimmer and stemmer). The theme's own default pipeline for a
    language is kept: it runs type-ahead prefix queries, which are never
    stemmed, so a stemmed index would stop finding whole words ("manager"
    stemmed to "manag"); a user who wants the stemmer anyway sets ``pipeline``.
    """
    result: list = []
    names = set()
    for name, options in _entries(plugins):
        if name == "search":
            options = {**options, "lang": [lang]}
        names.add(name)
        result.append({name: options} if options else name)
    if "search" not in names:
        result.insert(0, {"search": {"lang": [lang]}})
    if "tags" not in names:
        result.append("tags")
    return result


def _entries(items: Any) -> list[tuple[str, dict]]:
    """(name, options) of a plugin or extension list, written as names, one-key mappings or a mapping."""
    if isinstance(items, dict):
        return [(name, dict(options or {})) for name, options in items.items()]
    entries = []
    for item in items or []:
        if isinstance(item, dict):
            entries += [(name, dict(options or {})) for name, options in item.items()]
        else:
            entries.append((str(item), {}))
    return entries


def _extensions(extensions: Any, lang: str) -> list:
    entries = _entries(extensions)
    present = {name for name, _ in entries}
    entries += [(name, {}) for name in _NEEDED_EXTENSIONS if name not in present]
    for name, options in entries:
        if name == "toc" and options.get("permalink"):  # the headings' link is named in the page's language
            options.setdefault("permalink_title", site_words(lang)["permalink"])
    return [{name: options} if options else name for name, options in entries]


def dump(config: dict[str, Any]) -> str:
    """The configuration as YAML text (stable: same data, same bytes)."""
    header = "# Written by rolegen build from the top-level mkdocs.yml; edit that file instead.\n"
    return header + yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120)
