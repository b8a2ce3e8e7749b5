"""Actors from a curated gazetteer: their mentions, their company and their voice."""
