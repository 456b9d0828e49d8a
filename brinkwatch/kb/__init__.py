"""Theatre knowledge bases: format, loading, validation, lookup, office-by-date."""

from brinkwatch.kb.loader import check_theatre, load_theatre
from brinkwatch.kb.model import KBActor, OfficeTerm, PlaceEntry, Relation, TheatreKB, norm_key

__all__ = ["KBActor", "OfficeTerm", "PlaceEntry", "Relation", "TheatreKB", "check_theatre",
           "load_theatre", "norm_key"]
