"""The role guide's commands: build and serve."""

from __future__ import annotations

import click

from rolegen.cli.options import load_kb, renamed, roles_option

DEFAULT_COMPANY = "examples/company.yml"
DEFAULT_OPENINGS = "examples/openings"

_config_option = click.option("--config", "config", default=None, type=click.Path(dir_okay=False),
                              help="Engine settings read over rolegen's defaults [default: mkdocs.yml, when present].")
_templates_option = click.option("--templates", default=None, type=click.Path(file_okay=False),
                                 help="Folder whose site/ and postings/ templates override the shipped ones by name "
                                      "[default: templates, when present].")
_engine_option = click.option("--engine", type=click.Choice(["mkdocs", "properdocs", "zensical"]), default=None,
                              help="Engine that builds the pages (all three read mkdocs.yml) "
                                   "[default: the project's engine, else mkdocs].")


@click.command()
@roles_option
@_config_option
@_templates_option
@click.option("--openings", default=None, type=click.Path(file_okay=False),
              help=f"Folder of openings whose postings the guide publishes [default: {DEFAULT_OPENINGS}, when present].")
@click.option("--company", default=None, type=click.Path(dir_okay=False),
              help="Publish every role's posting for this company profile instead of the openings' postings.")
@click.option("--no-postings", is_flag=True, help="Leave the postings (and their links) out.")
@click.option("-o", "--out", "site_dir", default="site", show_default=True, type=click.Path(file_okay=False),
              help="Folder the finished guide goes to (rolegen's own: created, and replaced as a whole).")
@renamed("--site-dir", "-o/--out", "site_dir", type=click.Path(file_okay=False))
@click.option("--work-dir", default="build/guide", show_default=True, type=click.Path(file_okay=False),
              help="Where the pages and per-language configurations are generated.")
@_engine_option
@click.option("--timings", is_flag=True,
              help='Print where the time went as one JSON line ({"timings": {"load": ..., "total": ...}}).')
def build(roles_dir: str, config: str, templates: str, openings: str | None, company: str | None, no_postings: bool,
          site_dir: str, work_dir: str, engine: str, timings: bool) -> None:
    """Validate, write the postings, generate the pages and build the role guide.

    The guide goes to site/ (site/fr/, site/en/, site/index.html, and
    site/postings/); the generated pages and the configuration of each
    language stay in build/guide/LANG/, where any engine that reads
    mkdocs.yml can build them again.
    """
    from pathlib import Path

    from rolegen.site.build import Options, build_guide
    from rolegen.site.timings import Timings

    from rolegen.cli.options import guard_folder

    for folder in (site_dir, work_dir):
        guard_folder(folder, roles_dir, config, templates, openings, company)
    parts = Timings()
    if company is not None:  # --company asks for every role's posting: the project's openings step aside
        openings = None
    if company is None and openings is None and not no_postings:
        openings = DEFAULT_OPENINGS if Path(DEFAULT_OPENINGS).is_dir() else None
        if openings is None:
            click.echo(f"rolegen: no {DEFAULT_OPENINGS}/; the guide is built without postings", err=True)
    options = Options(roles=Path(roles_dir), config=_path(config), templates=_path(templates), work=Path(work_dir),
                      site=Path(site_dir), company=None if no_postings or company is None else Path(company),
                      engine=_engine(engine), languages=_languages(),
                      openings=None if no_postings or openings is None else Path(openings))
    report = build_guide(lambda: load_kb(roles_dir), options, progress=lambda message: click.echo(f"rolegen: {message}", err=True),
                         timings=parts)
    in_languages = " and ".join({"fr": "French", "en": "English"}[lang] for lang in options.languages)
    click.echo(f"{site_dir}: the guide of {report.roles} roles in {in_languages} ({report.pages} pages, "
               f"{report.postings} posting files); pages generated in {report.generate_seconds:.1f} s, "
               f"built in {report.engine_seconds:.1f} s")
    if timings:
        click.echo(parts.json())
    if report.posting_warnings:
        source = f"--openings {options.openings}" if options.openings else f"--company {options.company}"
        click.echo(f"rolegen: the postings' checks gave {report.posting_warnings} warnings; "
                   f"'rolegen postings {source} --out DIR' prints them", err=True)


@click.command()
@roles_option
@_config_option
@_templates_option
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language to preview (one at a time).")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, metavar="HOST:PORT",
              help="Address to serve the preview on.")
@click.option("--work-dir", default="build/serve", show_default=True, type=click.Path(file_okay=False),
              help="Where the preview's pages are generated.")
@_engine_option
def serve(roles_dir: str, config: str, templates: str, lang: str, dev_addr: str, work_dir: str, engine: str) -> None:
    """Preview the guide in one language, rebuilt when a role, vocabulary or template changes.

    The browser reloads by itself. Errors in the roles or templates are printed
    and the last good pages stay up until they are fixed. Stop with Ctrl-C.
    """
    from pathlib import Path

    from rolegen.site.serve import serve as run_server

    run_server(Path(roles_dir), _path(config), _path(templates), lang, dev_addr, Path(work_dir), _engine(engine),
               say=lambda message: click.echo(f"rolegen: {message}", err=True))


def _engine(chosen: str | None) -> str:
    """The engine named on the command line, else the project's (rolegen.toml), else MkDocs."""
    if chosen is not None:
        return chosen
    project = click.get_current_context().find_root().obj
    return getattr(project, "engine", None) or "mkdocs"


def _languages() -> tuple[str, ...]:
    """The project's languages (rolegen.toml), both when there is no project."""
    project = click.get_current_context().find_root().obj
    return tuple(getattr(project, "languages", ("fr", "en")))


def _path(value: str | None):
    from pathlib import Path

    return Path(value) if value is not None else None


COMMANDS = [build, serve]
