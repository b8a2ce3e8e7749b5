"""Take an English news article apart: blocks, sentences, quotations, actors and time expressions."""

from .article import Article, ArticleMeta, load_article, load_metadata, load_text
from .errors import AnalysisError, DataError, InputError
from .pipeline import Analysis, analyze

__all__ = [
    "Analysis",
    "AnalysisError",
    "Article",
    "ArticleMeta",
    "DataError",
    "InputError",
    "analyze",
    "load_article",
    "load_metadata",
    "load_text",
]
