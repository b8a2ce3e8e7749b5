"""Country boundaries from Natural Earth (public domain), read from the shapefile kept in data/."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import shapefile

from article_analysis.errors import DataError


@dataclass(frozen=True)
class Country:
    name: str
    iso_a3: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # outer rings and holes, lon/lat

    @property
    def label_point(self) -> tuple[float, float]:
        """Centre of the bounding box of the largest ring: a place to write the name."""
        ring = max(self.rings, key=len)
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


def load_countries(path: Path | str) -> list[Country]:
    """Read a Natural Earth countries shapefile (``path`` without or with the ``.shp`` suffix)."""
    path = Path(path)
    base = path.with_suffix("") if path.suffix == ".shp" else path
    for suffix in (".shp", ".shx", ".dbf"):
        if not base.with_suffix(suffix).is_file():
            raise DataError(base.with_suffix(suffix), "missing: a shapefile needs its .shp, .shx and .dbf")
    try:
        reader = shapefile.Reader(str(base))
        countries = []
        for shape_record in reader.iterShapeRecords():
            record, shape = shape_record.record, shape_record.shape
            parts = [*shape.parts, len(shape.points)]
            rings = tuple(tuple(map(tuple, shape.points[a:b])) for a, b in pairwise(parts))
            countries.append(Country(str(record["name"]), str(record["iso_a3"]), rings))
        reader.close()
    except (shapefile.ShapefileException, KeyError, OSError) as exc:
        raise DataError(base.with_suffix(".shp"), f"cannot be read as Natural Earth countries ({exc})") from exc
    return countries
