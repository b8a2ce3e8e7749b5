"""Word lists of the structure rules: photo credits, hand-over and attribution lines."""

from __future__ import annotations

#: Photo agencies and credit words that end a caption ("AP Photo/Name", "Getty", "AFP via Getty").
PHOTO_AGENCIES = (
    "AP", "AFP", "Getty", "Getty Images", "Reuters", "EPA", "EPA-EFE", "Shutterstock", "Alamy", "Bloomberg",
    "Xinhua", "TASS", "Sputnik", "Anadolu", "Pool", "iStock", "NurPhoto", "SOPA Images", "LightRocket", "Sipa",
    "Zuma", "ZUMA Press", "PA Images", "Corbis",
)  # fmt: skip

#: Phrases of a line that hands the reader over to appended copy ("For more reporting ..., see below:").
HANDOVER_PHRASES = (
    "see below", "read more below", "read below", "continue below", "continues below", "below:",
    "more reporting from", "more reporting by", "reporting from the", "the following report",
    "the following story", "the following article",
)  # fmt: skip

#: Phrases of a line that credits copy ("... contributed to this report").
ATTRIBUTION_PHRASES = (
    "contributed to this report", "contributed to this story", "contributed to this article",
    "additional reporting by", "with reporting by", "this story was updated", "this story has been updated",
    "this article was updated", "this article has been updated", "this report was updated",
    "this story was corrected", "this article was corrected", "this story has been corrected",
)  # fmt: skip
