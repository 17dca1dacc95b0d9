"""The bundled seed documents, so a first try works right after ``pip install``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .document import Document

__all__ = ["seed_paths", "seeds"]


def _seed_folder() -> Path:
    """Return the folder of the seed files: the package data, or the repository's ``seeds/`` in a checkout."""
    packaged = Path(str(resources.files("bri_corpus"))) / "seeds"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the seed documents are not installed with this copy of bri_corpus")


def seed_paths() -> list[Path]:
    """Return the paths of the bundled seed documents, sorted."""
    return sorted(_seed_folder().glob("*.txt"))


def seeds() -> list[Document]:
    """Return the five bundled Belt and Road seed documents as :class:`Document` objects."""
    return [Document.from_path(path) for path in seed_paths()]
