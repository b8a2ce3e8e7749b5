"""Take an English news article apart: blocks, sentences, quotations, actors and time expressions.

General for any English news article: nothing here knows one particular story. The report built on
it (charts, curated history, the book's pages) lives in the separate package ``article_report``.
"""

from .article import Article, ArticleMeta, load_article, load_metadata, load_text
from .document import Document
from .errors import AnalysisError, DataError, InputError
from .pipeline import Analysis, analyze

__all__ = [
    "Analysis",
    "AnalysisError",
    "Article",
    "ArticleMeta",
    "DataError",
    "Document",
    "InputError",
    "analyze",
    "load_article",
    "load_metadata",
    "load_text",
]
