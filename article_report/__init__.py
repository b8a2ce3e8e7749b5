"""The report built on ``article_analysis``: this book's curated data, figures, tables and pages.

Imports run one way: this package uses the general analyzer; the analyzer never imports it.
"""
