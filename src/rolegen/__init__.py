"""rolegen: a role knowledge base, job postings and a role guide for digital-marketing teams.

The library does the work; the command line (``rolegen.cli``) only parses
options and prints. Main entry points::

    from rolegen import load, load_company
    kb = load("roles")             # KnowledgeBase, or DataError with every problem
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "load", "load_company"]


def __getattr__(name: str):
    # Imported on first use, so that `rolegen --help` does not pay for pydantic.
    if name in ("load", "load_company"):
        from rolegen.knowledge import loader

        return getattr(loader, name)
    raise AttributeError(name)
