"""FINRA weekly OTC transparency data: ATS volumes per symbol and venue, by tier."""

from spine.domains.otc import week_param

__all__ = ["week_param"]
