"""The shape of an article: blocks (headline, paragraphs, captions, credits), sentences, words."""
