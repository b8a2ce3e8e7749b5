"""Time expressions, found in a document and resolved against its publication date."""

from .expressions import TimeExpression, find_time_expressions, iso_week

__all__ = ["TimeExpression", "find_time_expressions", "iso_week"]
