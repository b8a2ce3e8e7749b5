"""Text re-use: sentences re-told within an article, and the alignment of two texts."""
