"""The role guide: a static site in French and English, built by MkDocs, ProperDocs or Zensical.

Public API::

    from rolegen.site.build import Options, build_guide
    report = build_guide(kb, Options(roles=Path("roles")))   # postings, pages, site/ (what `rolegen build` does)

    from rolegen.site.generate import generate
    generated = generate(kb, options, with_downloads=False)  # every page and config in memory, nothing written

    from rolegen.site.serve import serve, regenerate          # `rolegen serve`: live preview of one language

Modules: ``generate`` renders ``templates/site`` into Markdown pages (``pages``,
``tables``, ``diagram``, ``comparisons``, ``nav``) and derives each language's
configuration from the top-level ``mkdocs.yml`` (``config``); ``build`` has
them written to ``build/guide/LANG/`` (``output``), runs the engine on each
language as soon as it is written (``engine``; what differs from one engine to another is in ``engines``), writes the postings meanwhile
(``background``) and puts ``site/`` in place; ``timings`` says where the time
went. ``serve`` is the live preview. Page generation imports nothing from the engine.
"""
