"""bri_corpus: structured facts with provenance from Belt and Road news.

Dates, money, quantities, organisations, places, summits and events, each
pointing back at the exact characters of the raw text it came from.

>>> import bri_corpus
>>> doc = bri_corpus.Document.from_text("Signed on 3 May 2024 in Astana.", id="note-1")
>>> facts = bri_corpus.extract(doc)
"""

from __future__ import annotations

from .document import Document
from .errors import BriCorpusError, DocumentError, ExtractorError, PluginLoadError, SelectionError
from .evaluation import EvaluationReport, KindScore, ScoringError, evaluate, score_facts
from .facts import Fact
from .hookspecs import hookimpl
from .normalize import NormalizedText, normalize
from .pipeline import Pipeline, PipelineSettings, extract, extract_many
from .plugins import Extractor, PluginInfo, make_plugin_manager, plugin_infos
from .problems import Problem
from .resources import seeds
from .values import DateValue, EventValue, Money, Organisation, Place, Quantity, Summit

__version__ = "0.1.0"

__all__ = [
    "BriCorpusError",
    "DateValue",
    "Document",
    "DocumentError",
    "EvaluationReport",
    "EventValue",
    "Extractor",
    "ExtractorError",
    "Fact",
    "KindScore",
    "Money",
    "NormalizedText",
    "Organisation",
    "Pipeline",
    "PipelineSettings",
    "Place",
    "PluginInfo",
    "PluginLoadError",
    "Problem",
    "Quantity",
    "ScoringError",
    "SelectionError",
    "Summit",
    "__version__",
    "evaluate",
    "extract",
    "extract_many",
    "hookimpl",
    "make_plugin_manager",
    "normalize",
    "plugin_infos",
    "score_facts",
    "seeds",
]
