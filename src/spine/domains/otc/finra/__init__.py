"""FINRA's side of the OTC domain: its publication calendar (and, with sync, its Query API)."""
