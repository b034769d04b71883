"""A team's own rolegen project: the project file, ``rolegen init``, the shipped defaults.

Public API::

    from rolegen.project.config import discover, Project   # rolegen.toml, found in the working folder or a parent
    from rolegen.project.init import init_project          # what `rolegen init` writes
    from rolegen.project.shipped import site_templates, schemas, starter_roles   # defaults inside the package
"""
