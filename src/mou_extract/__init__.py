"""mou-extract: evidence-grounded records of agreement signings from Indonesian news.

    from mou_extract import extract_text
    record = extract_text(text, id="x", published="2024-04-04")
"""
from .models import Record
from .pipeline import PIPELINE_VERSION, extract_text

__all__ = ["extract_text", "Record", "PIPELINE_VERSION"]
__version__ = "0.1.0"
