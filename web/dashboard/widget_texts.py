"""The demo chat's own words (title, labels, notes), loaded from `widget_texts.yml`.

The texts live in a data file so safeguarding and translation reviewers can read and
change them without reading code. `load_widget_texts` validates a file and fails loudly
with file, line and key; `widget_texts` is the cached copy the demo view uses.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import yaml
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

WIDGET_TEXTS_FILE = Path(__file__).resolve().with_name("widget_texts.yml")
STR_TAG = "tag:yaml.org,2002:str"

# {language: {key: text}}, the shape the chat script reads from the page.
Texts = dict[str, dict[str, str]]


class WidgetTextsError(ImproperlyConfigured):
    """`widget_texts.yml` is missing a text, has an empty one, or is malformed."""


def _where(path: Path, node: yaml.Node) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def load_widget_texts(path: Path, languages: Iterable[str]) -> Texts:
    """Reads and checks a widget texts file.

    Args:
        path: the YAML file: a mapping of keys to `{language: text}` mappings.
        languages: the language codes every key must have, no more and no fewer.

    Returns:
        The texts grouped by language: `{language: {key: text}}`.

    Raises:
        WidgetTextsError: naming the file, line and key of the first problem.
    """
    wanted = list(languages)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise WidgetTextsError(f"{path}: cannot read the chat texts: {exc}") from exc
    if not isinstance(root, yaml.MappingNode) or not root.value:
        raise WidgetTextsError(f"{path}: expected a mapping of text keys to languages")

    texts: Texts = {lang: {} for lang in wanted}
    for key_node, value_node in root.value:
        key = key_node.value
        if not isinstance(key_node, yaml.ScalarNode) or not str(key).strip():
            raise WidgetTextsError(f"{_where(path, key_node)}: a text key must be a name")
        if key in texts[wanted[0]]:
            raise WidgetTextsError(f"{_where(path, key_node)}: {key}: defined twice")
        if not isinstance(value_node, yaml.MappingNode):
            raise WidgetTextsError(
                f"{_where(path, value_node)}: {key}: expected one text per language "
                f"({', '.join(wanted)})"
            )
        found: dict[str, str] = {}
        for lang_node, text_node in value_node.value:
            lang = lang_node.value
            if lang not in wanted:
                raise WidgetTextsError(
                    f"{_where(path, lang_node)}: {key}.{lang}: unsupported language "
                    f"(expected {', '.join(wanted)})"
                )
            if lang in found:
                raise WidgetTextsError(f"{_where(path, lang_node)}: {key}.{lang}: defined twice")
            # Plain `yes`, `12` or `null` resolve to other YAML types: they are not texts.
            is_text = isinstance(text_node, yaml.ScalarNode) and text_node.tag == STR_TAG
            if not is_text or not text_node.value.strip():
                raise WidgetTextsError(
                    f"{_where(path, text_node)}: {key}.{lang}: empty or not a text"
                )
            text = text_node.value
            found[lang] = text.strip()
        missing = [lang for lang in wanted if lang not in found]
        if missing:
            raise WidgetTextsError(f"{_where(path, key_node)}: {key}: missing {', '.join(missing)}")
        for lang, text in found.items():
            texts[lang][key] = text
    return texts


@lru_cache(maxsize=1)
def widget_texts() -> Texts:
    """The chat texts for every language in `settings.LANGUAGES`, read once per process.

    Tests that change the file or the languages call `widget_texts.cache_clear()`.
    """
    return load_widget_texts(WIDGET_TEXTS_FILE, [code for code, _ in settings.LANGUAGES])


def check_widget_texts(**kwargs: object) -> list[checks.CheckMessage]:
    """Django system check, so `manage.py check` and `migrate` refuse a broken file."""
    try:
        load_widget_texts(WIDGET_TEXTS_FILE, [code for code, _ in settings.LANGUAGES])
    except WidgetTextsError as exc:
        return [checks.Error(str(exc), id="hearme.E001")]
    return []
