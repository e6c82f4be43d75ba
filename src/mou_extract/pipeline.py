"""The stages in order; the only module that knows the order.

text -> clean (offset-preserving normalisation, boilerplate, metadata) -> dedup ->
segment (spaCy) -> dates / parties / people -> classify -> assemble (pydantic Record).
"""
from __future__ import annotations

from typing import Optional

from .models import Article, Record

PIPELINE_VERSION = "0.1.0"


def extract_text(text: str, id: str = "article", source: Optional[str] = None,
                 published: Optional[str] = None, warnings: Optional[list[str]] = None) -> Record:
    """Extract the record of one article.

    `published` (ISO date) is the scraper's publication date, used when the text states
    none; `warnings` are carried into the record (e.g. from decoding the input)."""
    # STUB: replaced by the real stages.
    return Record(article=Article(id=id, source=source, published=published), is_signing=False,
                  warnings=list(warnings or []))
