"""Marking words for translation without Qt, which the domain, storage and io never import.

`QT_TRANSLATE_NOOP("Context", "text")` returns the text unchanged; its name is the one
pyside6-lupdate looks for, so `scripts/i18n update` puts the text in the .ts files under
that context. The windows translate it where they show it, with
`QCoreApplication.translate(context, text)`, and fill in any `{name}` fields after
translating (`translated(...)` in pmdesk/services/words.py). Keep the text a plain
literal: lupdate reads the source, not the running program.
"""

from __future__ import annotations

# Contexts of the words marked below the services, named once so the windows translate
# with the same one.
CHECKS = "Checks"  # validation: what a postmortem lacks or contradicts
WRITING = "WritingHints"  # blameless-writing and task hints
EXPORT = "ExportWords"  # the fixed words of Word and Markdown exports


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """text, marked for lupdate under context; translated where it is shown."""
    del context
    return text
