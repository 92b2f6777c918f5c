"""partkg: a knowledge graph of the Soviet Communist Party's documents, with evidence."""
from .errors import KGError
from .model import Assertion, Document, Entity, Evidence, Extraction, Mention, Provision, Quantity, Span

__version__ = "0.1.0"

__all__ = sorted([
    "Assertion", "Document", "Entity", "Evidence", "Extraction", "KGError", "Mention", "Provision",
    "Quantity", "Span", "__version__",
])
