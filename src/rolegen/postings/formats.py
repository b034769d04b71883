"""The formats of a posting: one registry read by the CLI, the guide's download links and the studio.

Adding a format is one entry here and one method of :class:`rolegen.postings.posting.Posting`.
This module imports nothing heavy, so that the command line reads it to build its options.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    """One output format of a posting."""

    name: str
    """The file extension (and the value of --format, unless ``option`` says otherwise)."""
    label: str
    """What a download link shows."""
    binary: bool
    """Bytes (a file to write with -o), not text."""
    needs_company: bool
    """Carries JSON-LD, which Google rejects without a hiring organisation: needs a company profile."""
    media_type: str
    renderer: str
    """The :class:`~rolegen.postings.posting.Posting` method that writes it."""
    option: str = ""
    """The value of --format when it is not the extension (``text``, as every command spells plain text)."""

    @property
    def choice(self) -> str:
        """The value of --format."""
        return self.option or self.name


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("md", "Markdown", False, False, "text/markdown", "markdown_text"),
    Format("html", "HTML", False, True, "text/html", "page"),
    Format("txt", "TXT", False, False, "text/plain", "plain_text", option="text"),
    Format("jsonld", "JSON-LD", False, True, "application/ld+json", "jsonld_text"),
    Format("docx", "Word", True, False,
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word"),
)}
"""Every format, by name, in the order of the command line's choices."""
BY_CHOICE: dict[str, Format] = {f.choice: f for f in FORMATS.values()}
"""Every format by its value of --format (``text`` for the .txt file)."""
ROLE_FORMATS = ("md", "html", "txt", "jsonld")
"""What ``rolegen postings --company`` writes for every role (the Word file is written for openings)."""
OPENING_FORMATS = tuple(FORMATS)
"""What ``rolegen postings`` writes for every opening."""


def registry() -> list[dict]:
    """The registry as data, for the guide's studio page."""
    return [{"name": f.name, "label": f.label, "binary": f.binary, "needs_company": f.needs_company,
             "media_type": f.media_type} for f in FORMATS.values()]
