"""Resolution: canonical entities (the authority file), cross-document identity, links."""
from .authority import Authority, AuthorityEntry, load_authority

__all__ = ["Authority", "AuthorityEntry", "load_authority"]
