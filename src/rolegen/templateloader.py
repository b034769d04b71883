"""Templates read from the user's folders as safely as the roles: inside the folder, regular files, bounded.

A template reached through a symbolic link that leads out of its folder, or
that is a named pipe or a device, is refused with a one-line error naming
it, as the roles loader refuses such role files; a template is at most 1 MiB.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

MAX_BYTES = 1024 * 1024


class InsideLoader(jinja2.FileSystemLoader):
    """A :class:`jinja2.FileSystemLoader` that reads only regular files that stay inside their folder."""

    def get_source(self, environment: jinja2.Environment, template: str):
        from rolegen.errors import UsageError
        from rolegen.safefile import Refused, read_bytes, stays_inside
        from rolegen.textutil import one_line

        for folder in self.searchpath:
            path = Path(folder, *jinja2.loaders.split_template_path(template))
            if not os.path.lexists(path):
                continue
            if not stays_inside(path, folder):
                raise UsageError(f"{one_line(str(path), 200)}: symbolic link points outside the templates folder; "
                                 "copy the file instead")
            try:
                text = read_bytes(path, MAX_BYTES).decode("utf-8")
            except Refused as exc:
                raise UsageError(f"{one_line(str(path), 200)}: template not read: the file {exc}") from None
            except UnicodeDecodeError:
                raise UsageError(f"{one_line(str(path), 200)}: template is not UTF-8 text") from None
            mtime = os.path.getmtime(path)
            return text, os.path.normpath(path), lambda: os.path.exists(path) and os.path.getmtime(path) == mtime
        raise jinja2.TemplateNotFound(template)
