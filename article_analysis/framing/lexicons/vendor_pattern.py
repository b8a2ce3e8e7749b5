"""Re-derive ``evaluative.csv`` from Pattern's English subjectivity lexicon (``en-sentiment.xml`` 1.3, by
Tom De Smedt and Walter Daelemans, public domain under the PDDL), as shipped in the textblob 0.20.1 wheel:

    pip download --no-deps textblob==0.20.1 -d /tmp/tb && unzip -o /tmp/tb/textblob-*.whl -d /tmp/tb
    python article_analysis/framing/lexicons/vendor_pattern.py /tmp/tb/textblob/en/en-sentiment.xml

One row per adjective (part of speech JJ): its polarity and subjectivity averaged over the senses the lexicon
scores, as Pattern itself averages them. Which words count as evaluative is the analyzer's rule
(:mod:`article_analysis.framing.evaluation`), not this file's.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path


def main(source: str) -> None:
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(source).getroot().iter("word"):
        if word.get("pos") == "JJ":
            senses[word.get("form", "").lower()].append((float(word.get("polarity")), float(word.get("subjectivity"))))
    out = Path(__file__).with_name("evaluative.csv")
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["term", "polarity", "subjectivity", "senses"])
        for form in sorted(senses):
            values = senses[form]
            polarity = sum(p for p, _ in values) / len(values)
            subjectivity = sum(s for _, s in values) / len(values)
            writer.writerow([form, f"{polarity:.3f}", f"{subjectivity:.3f}", len(values)])
    print(f"{len(senses)} adjectives written to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
