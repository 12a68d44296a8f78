"""Market Spine Basic: FINRA weekly OTC transparency data as an audited local SQLite history."""

__version__ = "0.2.4"
