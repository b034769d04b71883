"""What changed between two versions of a knowledge base, said in words (``rolegen diff``).

Public API::

    from rolegen.kbdiff import compare_folders, compare_revisions, compare, render
    changes = compare_folders("old/roles", "roles")          # two roles folders
    changes = compare_revisions("main", "HEAD", "roles")      # the roles folder of two git revisions
    changes = compare(old_kb, new_kb)                         # two loaded knowledge bases
    print(render(changes, "md", "fr"))                        # text, md (a merge-request comment) or json

The comparison works on the exported data (``rolegen export``), field by
field, so a field added to the model later is compared without any code.
"""

from rolegen.kbdiff.engine import Changes, compare, compare_folders
from rolegen.kbdiff.git import compare_revisions
from rolegen.kbdiff.render import render

__all__ = ["Changes", "compare", "compare_folders", "compare_revisions", "render"]
